package io.dtaolab.scenario;

import java.util.List;

/** A sweep file that must not run, with every problem found in it (and in the cells it would produce). */
public final class SweepInvalid extends Exception {
    private final List<FieldError> errors;

    public SweepInvalid(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid sweep" : errors.size() + " error(s), first: " + errors.get(0).format());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid sweep needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
