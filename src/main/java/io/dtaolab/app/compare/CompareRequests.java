package io.dtaolab.app.compare;

import io.dtaolab.app.runs.InvalidRequestException;
import io.dtaolab.app.runs.RunRequest;
import io.dtaolab.chain.Presets;
import java.util.List;
import java.util.Optional;

/** Turns a checked run request plus the presets asked for (default: every preset) into a compare request. */
public final class CompareRequests {
    private CompareRequests() {
    }

    public static CompareRequest of(RunRequest run, Optional<List<String>> presets) {
        List<String> names = presets.filter(p -> !p.isEmpty()).orElseGet(Presets::names);
        for (String p : names) {
            if (!Presets.exists(p)) {
                throw new InvalidRequestException("unknown preset '" + p + "'; allowed: " + String.join(", ", Presets.names()));
            }
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new InvalidRequestException("presets must not repeat: " + names);
        }
        if (!run.spec().twin()) {
            throw new InvalidRequestException(run.spec().name() + ": comparing presets needs the honest twin (twin: true)");
        }
        return new CompareRequest(run.spec(), names, run.seed(), run.blocks());
    }
}
