package io.dtaolab.scenario;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Presets;
import java.util.ArrayList;
import java.util.List;

/**
 * Preset names asked for on top of a strategy file (compare's {@code --presets}, {@code POST /api/compare}) turned into
 * mechanisms the way the file's own {@code preset:} / {@code compare:} are: the named preset with the file's
 * {@code overrides:} applied. Outside validation this is the only place a preset name becomes a {@link Mechanism}.
 */
public final class PresetChoice {
    private PresetChoice() {
    }

    /** Every preset, in the order {@link Presets#names()} lists them. */
    public static List<String> all() {
        return Presets.names();
    }

    /**
     * The mechanisms for {@code names} (every preset when empty), in order, overrides applied.
     *
     * @throws Invalid naming the preset and what is allowed: unknown or repeated names, or an override the preset rejects
     */
    public static List<Mechanism> resolve(StrategySpec spec, List<String> names) throws Invalid {
        List<String> chosen = names == null || names.isEmpty() ? all() : names;
        if (chosen.stream().distinct().count() != chosen.size()) {
            throw new Invalid("presets must not repeat: " + chosen);
        }
        List<Mechanism> out = new ArrayList<>();
        for (String name : chosen) {
            if (!Presets.exists(name)) {
                throw new Invalid("unknown preset '" + name + "'; allowed: " + String.join(", ", all()));
            }
            try {
                out.add(Presets.get(name).override(spec.overrides()));
            } catch (IllegalArgumentException e) {
                throw new Invalid(spec.name() + ": the file's overrides do not apply to preset " + name + ": "
                        + e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    /** A preset choice that cannot run; the message says which name or override and what is allowed. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }
}
