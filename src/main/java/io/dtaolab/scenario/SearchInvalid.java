package io.dtaolab.scenario;

import java.util.List;

/** A search file that must not run, with every problem found in it. */
public final class SearchInvalid extends Exception {
    private final List<FieldError> errors;

    public SearchInvalid(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid search" : errors.size() + " error(s), first: " + errors.get(0).format());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid search needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
