package io.dtaolab.scenario;

import java.util.List;

/** Outcome of loading a strategy file: a spec ready to run, or the errors that stop it. */
public sealed interface LoadResult {

    record Valid(StrategySpec spec) implements LoadResult {
    }

    record Invalid(List<FieldError> errors) implements LoadResult {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid strategy needs at least one error");
            }
        }
    }
}
