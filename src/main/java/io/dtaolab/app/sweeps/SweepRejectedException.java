package io.dtaolab.app.sweeps;

import io.dtaolab.scenario.FieldError;
import java.util.List;

/** A sweep that does not load, with every field error (file, line, column, path, message, allowed). */
public final class SweepRejectedException extends RuntimeException {
    private final List<FieldError> errors;

    public SweepRejectedException(List<FieldError> errors) {
        super(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the sweep: " + errors.get(0).format());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
