package io.dtaolab.app.searches;

import io.dtaolab.scenario.FieldError;
import java.util.List;

/** A search file that does not load, with every field error (file, line, column, path, message, allowed). */
public final class SearchRejectedException extends RuntimeException {
    private final List<FieldError> errors;

    public SearchRejectedException(List<FieldError> errors) {
        super(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the search: " + errors.get(0).format());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
