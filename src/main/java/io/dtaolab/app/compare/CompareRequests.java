package io.dtaolab.app.compare;

import io.dtaolab.app.runs.InvalidRequestException;
import io.dtaolab.app.runs.RunRequest;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.scenario.PresetChoice;
import java.util.List;
import java.util.Optional;

/** Turns a checked run request plus the presets asked for (default: every preset) into a compare request. */
public final class CompareRequests {
    private CompareRequests() {
    }

    public static CompareRequest of(RunRequest run, Optional<List<String>> presets) {
        List<Mechanism> mechanisms;
        try {
            mechanisms = PresetChoice.resolve(run.spec(), presets.orElse(List.of()));
        } catch (PresetChoice.Invalid e) {
            throw new InvalidRequestException(e.getMessage());
        }
        if (!run.spec().twin()) {
            throw new InvalidRequestException(run.spec().name() + ": comparing presets needs the honest twin (twin: true)");
        }
        return new CompareRequest(run.spec(), mechanisms, run.seed(), run.blocks());
    }
}
