package io.dtaolab.app.runs;

import io.dtaolab.scenario.FieldError;
import java.util.List;

/** A strategy that does not load, with every field error (file, line, column, path, message, allowed). */
public final class StrategyRejectedException extends RuntimeException {
    private final List<FieldError> errors;

    public StrategyRejectedException(List<FieldError> errors) {
        super(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the strategy: " + errors.get(0).format());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
