package io.dtaolab.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one file, capped so a hostile file cannot produce an unbounded report. */
final class Errors {
    static final int MAX_ERRORS = 200;

    private final String file;
    private final List<FieldError> list = new ArrayList<>();
    private boolean truncated;

    Errors(String file) {
        this.file = file;
    }

    void add(Loc loc, String path, String message, String allowed) {
        if (list.size() < MAX_ERRORS) {
            list.add(new FieldError(file, loc.line(), loc.column(), path, message, allowed));
        } else if (!truncated) {
            truncated = true;
            list.add(new FieldError(file, loc.line(), loc.column(), path, "too many errors; the rest are not shown", ""));
        }
    }

    /** Errors found in another file this one refers to (they keep that file's name and lines). */
    void addAll(List<FieldError> others) {
        for (FieldError e : others) {
            if (list.size() >= MAX_ERRORS) {
                break;
            }
            list.add(e);
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<FieldError> list() {
        return List.copyOf(list);
    }
}
