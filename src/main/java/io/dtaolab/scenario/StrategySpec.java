package io.dtaolab.scenario;

import io.dtaolab.chain.Mechanism;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated strategy file with defaults resolved. {@code mechanisms} holds one mechanism per preset to
 * run, overrides applied: one for {@code preset:}, two or more for {@code compare:}.
 *
 * @param file        where the spec was read from (for manifests and messages)
 * @param blocks      run length in blocks
 * @param overrides   the override values as written (numbers, booleans, enum names)
 * @param detectors   which detectors watch the run and at what thresholds ({@code detectors:})
 */
public record StrategySpec(
        String file,
        String name,
        Optional<String> description,
        long seed,
        long blocks,
        List<String> presets,
        Map<String, Object> overrides,
        List<Mechanism> mechanisms,
        NetworkSpec network,
        PopulationSpec honest,
        List<AdversarySpec> adversaries,
        boolean twin,
        OutputSpec outputs,
        Optional<Long> warmup,
        DetectorSettings detectors) {

    /** Default warm-up under the flow presets: a day of honest trading before measurement (see {@link #warmupBlocks}). */
    public static final long FLOW_PRESET_WARMUP_BLOCKS = 7_200;

    public StrategySpec {
        warmup = warmup == null ? Optional.empty() : warmup;
        detectors = detectors == null ? DetectorSettings.DEFAULT : detectors;
        presets = List.copyOf(presets);
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        mechanisms = List.copyOf(mechanisms);
        adversaries = List.copyOf(adversaries);
    }

    /** The same strategy with another honest population. */
    public StrategySpec withHonest(PopulationSpec population) {
        return new StrategySpec(file, name, description, seed, blocks, presets, overrides, mechanisms, network, population,
                adversaries, twin, outputs, warmup, detectors);
    }

    /** Its honest-only twin as a run of its own: no adversaries, no second world. */
    public StrategySpec honestOnly() {
        return new StrategySpec(file, name, description, seed, blocks, presets, overrides, mechanisms, network, honest,
                List.of(), false, outputs, warmup, detectors);
    }

    /** The first (or only) preset. */
    public String preset() {
        return presets.get(0);
    }

    public Mechanism mechanism() {
        return mechanisms.get(0);
    }

    /**
     * Blocks the honest population runs before measurement starts under {@code m}: the file's {@code warmup}, else
     * one day under the flow-share presets (their flow EMAs start at 0 on a snapshot and are warmed from what the
     * honest agents trade in that day) and none under the price-EMA presets (their EMAs come from the snapshot).
     */
    public long warmupBlocks(Mechanism m) {
        if (warmup.isPresent()) {
            return warmup.get();
        }
        return m.shareRule() == Mechanism.ShareRule.TAO_FLOW || m.shareRule() == Mechanism.ShareRule.NET_FLOW
                ? FLOW_PRESET_WARMUP_BLOCKS : 0;
    }

    /** True when the file asks for the same run on several presets ({@code compare:}). */
    public boolean compares() {
        return presets.size() > 1;
    }
}
