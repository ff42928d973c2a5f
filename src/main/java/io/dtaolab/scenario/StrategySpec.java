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
        OutputSpec outputs) {

    public StrategySpec {
        presets = List.copyOf(presets);
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        mechanisms = List.copyOf(mechanisms);
        adversaries = List.copyOf(adversaries);
    }

    /** The first (or only) preset. */
    public String preset() {
        return presets.get(0);
    }

    public Mechanism mechanism() {
        return mechanisms.get(0);
    }

    /** True when the file asks for the same run on several presets ({@code compare:}). */
    public boolean compares() {
        return presets.size() > 1;
    }
}
