package io.dtaolab.app.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum CompareState {
    QUEUED, RUNNING, FINISHED, CANCELLED, FAILED;

    public boolean terminal() {
        return this == FINISHED || this == CANCELLED || this == FAILED;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
