package io.dtaolab.scenario;

import java.util.List;

/** A strategy file that must not run, with every problem found in it. */
public final class StrategyInvalid extends Exception {
    private final List<FieldError> errors;

    public StrategyInvalid(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid strategy" : errors.size() + " error(s), first: " + errors.get(0).format());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid strategy needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
