package io.dtaolab.app.api;

import io.dtaolab.app.compare.CompareHandle;
import io.dtaolab.app.compare.CompareRequest;
import io.dtaolab.app.compare.CompareState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Maps comparison handles to {@link CompareView}s. */
final class CompareViews {
    private CompareViews() {
    }

    static CompareView of(CompareHandle h) {
        CompareRequest r = h.request();
        CompareState state = h.state();
        List<CompareView.PresetProgress> presets = new ArrayList<>();
        int reported = h.result().map(c -> c.presets().size()).orElse(0);
        for (int i = 0; i < r.presets().size(); i++) {
            long done = state == CompareState.FINISHED && i < reported ? r.blocks() : h.blocksDone(i);
            boolean next = i + 1 < r.presets().size() && h.blocksDone(i + 1) > 0;
            String s = done >= r.blocks() || next ? "done" : done > 0 && state == CompareState.RUNNING ? "running" : "pending";
            presets.add(new CompareView.PresetProgress(r.presets().get(i), s, done, r.blocks(),
                    Math.min(1, (double) done / Math.max(1, r.blocks()))));
        }
        String self = "/api/compare/" + h.id();
        return new CompareView(h.id(), r.spec().name(), r.seed(), r.blocks(), state, h.progress(),
                h.etaSeconds().orElse(null), presets, h.createdAt(), h.startedAt().orElse(null),
                h.endedAt().orElse(null), h.error().orElse(null), h.result().orElse(null), Map.of("self", self));
    }
}
