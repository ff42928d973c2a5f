package io.dtaolab.scenario;

/**
 * Admits each sweep cell as soon as it is built, so that a caller's limits (work, agents, keys) stop the validation of
 * a large grid at the first cell that breaks them instead of after every cell has been checked.
 */
@FunctionalInterface
public interface CellAdmission {
    CellAdmission ALL = (cell, seeds) -> { };

    /** Throws {@link Refused} to stop the sweep's validation; its reason reaches the loader's caller unchanged. */
    void admit(StrategySpec cell, long seeds);

    /** Carries the caller's own refusal out of the loader, which otherwise reports every exception as a file error. */
    final class Refused extends RuntimeException {
        public Refused(RuntimeException reason) {
            super(reason.getMessage(), reason, false, false);
        }

        public RuntimeException reason() {
            return (RuntimeException) getCause();
        }
    }
}
