package io.dtaolab.app.runs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum RunState {
    QUEUED, RUNNING, PAUSED, FINISHED, CANCELLED, FAILED, INTERRUPTED,
    /** The run's state file could not be read; the record says why and nothing else is known. */
    CORRUPT;

    public boolean terminal() {
        return this == FINISHED || this == CANCELLED || this == FAILED || this == INTERRUPTED || this == CORRUPT;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RunState parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
