package io.dtaolab.scenario;

import io.dtaolab.agents.catalog.AgentType.Limits;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Presets;
import io.dtaolab.chain.Rao;
import io.dtaolab.scenario.YNode.YList;
import io.dtaolab.scenario.YNode.YMap;
import io.dtaolab.scenario.YNode.YScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns a parsed document into a {@link StrategySpec}, reporting every problem it finds on the way. */
final class StrategyValidator {
    static final List<String> KEYS = List.of("name", "description", "seed", "duration", "blocks", "preset", "compare",
            "overrides", "network", "honest", "adversaries", "twin", "outputs", "warmup", "detectors");
    static final List<String> DETECTOR_KEYS = List.of("enabled", "threshold");
    static final List<String> OUTPUT_KEYS = List.of("series", "events", "tradeEventMinTao", "distortionThresholdPct");
    static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");
    static final int MAX_DESCRIPTION = 2_000;
    static final int MAX_COMPARE = 6;

    private final String file;
    private final Fields fields;
    private final SnapshotLocations snapshots;

    StrategyValidator(String file, Errors errors, SnapshotLocations snapshots) {
        this.file = file;
        this.fields = new Fields(errors);
        this.snapshots = snapshots;
    }

    Optional<StrategySpec> validate(YNode root) {
        Optional<YMap> map = fields.map(root, "$");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YMap m = map.get();
        fields.onlyKeys(m, "$", KEYS);
        Optional<String> name = fields.require(m, "$", "name", "lowercase letters, digits and '-'")
                .flatMap(n -> fields.string(n, "name", NAME, "lowercase letters, digits and '-', 1 to 64 characters"));
        Optional<String> description = Fields.get(m, "description").flatMap(this::description);
        Optional<Long> seed = fields.require(m, "$", "seed", "an integer from 0 to " + Long.MAX_VALUE)
                .flatMap(n -> fields.integer(n, "seed", 0, Long.MAX_VALUE));
        Optional<Long> blocks = runLength(m);
        Optional<List<String>> presets = presets(m);
        Map<String, Object> overrideValues = new LinkedHashMap<>();
        // Overrides are checked even when the preset is wrong; ranges and types do not depend on the preset.
        Optional<List<Mechanism>> mechanisms = mechanisms(m, presets.orElse(List.of(Presets.CURRENT)), overrideValues)
                .filter(x -> presets.isPresent());
        NetworkReader networkReader = new NetworkReader(fields, snapshots);
        Optional<NetworkSpec> network = fields.require(m, "$", "network", "snapshot: <file> or synthetic: {subnets: N}")
                .flatMap(n -> networkReader.read(n, seed.orElse(0L)));
        AgentReader agents = new AgentReader(fields, snapshots);
        Optional<PopulationSpec> honest = Fields.get(m, "honest").map(agents::honest).orElse(Optional.of(PopulationSpec.EMPTY));
        Optional<List<AdversarySpec>> adversaries = Fields.get(m, "adversaries")
                .map(n -> agents.adversaries(n, network, networkReader.neurons(), blocks)).orElse(Optional.of(List.of()));
        Optional<Boolean> twin = Fields.get(m, "twin").map(n -> fields.bool(n, "twin")).orElse(Optional.of(true));
        Optional<OutputSpec> outputs = Fields.get(m, "outputs").map(this::outputs).orElse(Optional.of(OutputSpec.DEFAULT));
        Optional<Optional<Long>> warmup = Fields.get(m, "warmup").map(this::warmup).orElse(Optional.of(Optional.empty()));
        Optional<DetectorSettings> detectors = Fields.get(m, "detectors").map(this::detectors)
                .orElse(Optional.of(DetectorSettings.DEFAULT));
        if (!fields.errors().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StrategySpec(file, name.orElseThrow(), description, seed.orElseThrow(), blocks.orElseThrow(),
                presets.orElseThrow(), overrideValues, mechanisms.orElseThrow(), network.orElseThrow(), honest.orElseThrow(),
                adversaries.orElseThrow(), twin.orElseThrow(), outputs.orElseThrow(), warmup.orElseThrow(),
                detectors.orElseThrow()));
    }

    private Optional<String> description(YNode node) {
        Optional<String> text = fields.string(node, "description", null, "text");
        if (text.isPresent() && text.get().length() > MAX_DESCRIPTION) {
            fields.error(node, "description", "description longer than " + MAX_DESCRIPTION + " characters", "");
            return Optional.empty();
        }
        return text;
    }

    /** {@code warmup: <duration>}, 0 to 365 days. */
    private Optional<Optional<Long>> warmup(YNode node) {
        String allowed = "a duration from 0b to " + Durations.format(Limits.MAX_WARMUP_BLOCKS) + " (" + Durations.SYNTAX + ")";
        Optional<String> text = fields.string(node, "warmup", null, allowed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var n = Durations.blocks(text.get());
        if (n.isEmpty() || n.getAsLong() < 0 || n.getAsLong() > Limits.MAX_WARMUP_BLOCKS) {
            fields.error(node, "warmup", "invalid warm-up '" + FieldPaths.abbreviate(text.get()) + "'", allowed);
            return Optional.empty();
        }
        return Optional.of(Optional.of(n.getAsLong()));
    }

    private Optional<Long> runLength(YMap m) {
        Optional<YNode> duration = Fields.get(m, "duration");
        Optional<YNode> blocks = Fields.get(m, "blocks");
        String allowed = "exactly one of duration (" + Durations.SYNTAX + ") or blocks (1 to " + Limits.MAX_BLOCKS + ")";
        if (duration.isPresent() && blocks.isPresent()) {
            fields.error(blocks.get(), "blocks", "give either duration or blocks, not both", allowed);
            return Optional.empty();
        }
        if (blocks.isPresent()) {
            return fields.integer(blocks.get(), "blocks", 1, Limits.MAX_BLOCKS);
        }
        if (duration.isEmpty()) {
            fields.error(m, "duration", "missing run length", allowed);
            return Optional.empty();
        }
        Optional<String> text = fields.string(duration.get(), "duration", null, Durations.SYNTAX);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var n = Durations.blocks(text.get());
        if (n.isEmpty()) {
            fields.error(duration.get(), "duration", "invalid duration '" + FieldPaths.abbreviate(text.get()) + "'", Durations.SYNTAX);
            return Optional.empty();
        }
        if (n.getAsLong() < 1 || n.getAsLong() > Limits.MAX_BLOCKS) {
            fields.error(duration.get(), "duration", "duration of " + n.getAsLong() + " blocks is out of range",
                    "1 block to " + Durations.format(Limits.MAX_BLOCKS));
            return Optional.empty();
        }
        return Optional.of(n.getAsLong());
    }

    private Optional<List<String>> presets(YMap m) {
        Optional<YNode> preset = Fields.get(m, "preset");
        Optional<YNode> compare = Fields.get(m, "compare");
        String names = String.join(", ", Presets.names());
        if (preset.isPresent() && compare.isPresent()) {
            fields.error(compare.get(), "compare", "give either preset or compare, not both", "preset: <name> or compare: [<name>, <name>]");
            return Optional.empty();
        }
        if (preset.isPresent()) {
            return preset(preset.get(), "preset").map(List::of);
        }
        if (compare.isEmpty()) {
            fields.error(m, "preset", "missing required field 'preset'", names);
            return Optional.empty();
        }
        Optional<YList> list = fields.list(compare.get(), "compare");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<YNode> items = list.get().items();
        if (items.size() < 2 || items.size() > MAX_COMPARE) {
            fields.error(compare.get(), "compare", "compare lists " + items.size() + " presets", "2 to " + MAX_COMPARE + " distinct presets: " + names);
            return Optional.empty();
        }
        List<String> result = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            Optional<String> p = preset(items.get(i), "compare[" + i + "]");
            if (p.isPresent() && result.contains(p.get())) {
                fields.error(items.get(i), "compare[" + i + "]", "preset '" + p.get() + "' listed twice", "distinct presets");
                ok = false;
            }
            p.ifPresent(result::add);
            ok &= p.isPresent();
        }
        return ok ? Optional.of(result) : Optional.empty();
    }

    private Optional<String> preset(YNode node, String path) {
        String names = String.join(", ", Presets.names());
        Optional<String> name = fields.string(node, path, null, names);
        if (name.isPresent() && !Presets.exists(name.get())) {
            fields.error(node, path, "unknown preset '" + FieldPaths.abbreviate(name.get()) + "'", names);
            return Optional.empty();
        }
        return name;
    }

    /** Each preset with the overrides applied; each bad override is reported at its own value. */
    private Optional<List<Mechanism>> mechanisms(YMap m, List<String> presets, Map<String, Object> values) {
        Optional<YNode> node = Fields.get(m, "overrides");
        if (node.isEmpty()) {
            return Optional.of(presets.stream().map(Presets::get).toList());
        }
        Optional<YMap> map = fields.map(node.get(), "overrides");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        boolean ok = true;
        for (Map.Entry<String, YNode.Entry> e : map.get().entries().entrySet()) {
            String key = e.getKey();
            String path = FieldPaths.child("overrides", key);
            if (key.equals("name") || Mechanism.parameterType(key) == null) {
                fields.errors().add(e.getValue().keyLoc(), path, "unknown mechanism parameter '" + FieldPaths.abbreviate(key) + "'",
                        String.join(", ", Mechanism.parameterNames()));
                ok = false;
                continue;
            }
            Optional<Object> value = overrideValue(e.getValue().value(), path, key);
            if (value.isEmpty()) {
                ok = false;
                continue;
            }
            for (String preset : presets) {
                try {
                    Presets.get(preset).override(Map.of(key, value.get()));
                } catch (RuntimeException ex) {
                    fields.error(e.getValue().value(), path, ex.getMessage() + (presets.size() > 1 ? " (preset " + preset + ")" : ""),
                            Mechanism.allowedValues(key));
                    ok = false;
                    break;
                }
            }
            values.put(key, value.get());
        }
        if (!ok) {
            return Optional.empty();
        }
        List<Mechanism> result = new ArrayList<>();
        for (String preset : presets) {
            try {
                result.add(Presets.get(preset).override(values));
            } catch (RuntimeException ex) {
                fields.error(node.get(), "overrides", ex.getMessage() + " (preset " + preset + ")", "");
                return Optional.empty();
            }
        }
        return Optional.of(result);
    }

    private Optional<Object> overrideValue(YNode node, String path, String key) {
        if (node instanceof YScalar s && s.value() != null) {
            Object v = Fields.plainValue(s);
            if (v instanceof Number n && !(v instanceof Long) && !Double.isFinite(n.doubleValue())
                    || v instanceof java.math.BigInteger) {
                fields.error(node, path, "number out of range: " + node.kind(), Mechanism.allowedValues(key));
                return Optional.empty();
            }
            return Optional.of(v);
        }
        fields.error(node, path, "expected a scalar, got " + node.kind(), Mechanism.allowedValues(key));
        return Optional.empty();
    }

    private Optional<OutputSpec> outputs(YNode node) {
        Optional<YMap> map = fields.map(node, "outputs");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        fields.onlyKeys(map.get(), "outputs", OUTPUT_KEYS);
        OutputSpec d = OutputSpec.DEFAULT;
        Optional<Boolean> series = Fields.get(map.get(), "series").map(n -> fields.bool(n, "outputs.series")).orElse(Optional.of(d.series()));
        Optional<Boolean> events = Fields.get(map.get(), "events").map(n -> fields.bool(n, "outputs.events")).orElse(Optional.of(d.events()));
        Optional<Long> min = Fields.get(map.get(), "tradeEventMinTao")
                .map(n -> fields.number(n, "outputs.tradeEventMinTao", 0, Limits.MAX_TAO).map(Rao::ofTao))
                .orElse(Optional.of(d.tradeEventMinRao()));
        Optional<Double> threshold = Fields.get(map.get(), "distortionThresholdPct")
                .map(n -> fields.number(n, "outputs.distortionThresholdPct", 0, 100))
                .orElse(Optional.of(d.distortionThresholdPct()));
        if (series.isEmpty() || events.isEmpty() || min.isEmpty() || threshold.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OutputSpec(series.get(), events.get(), min.get(), threshold.get()));
    }

    /** {@code detectors: {<name>: {enabled: <bool>, threshold: <number>}}}, names from {@link DetectorSettings#NAMES}. */
    private Optional<DetectorSettings> detectors(YNode node) {
        Optional<YMap> map = fields.map(node, "detectors");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        fields.onlyKeys(map.get(), "detectors", DetectorSettings.NAMES);
        Map<String, DetectorSettings.Setting> out = new LinkedHashMap<>();
        boolean ok = true;
        for (String name : DetectorSettings.NAMES) {
            Optional<YNode> entry = Fields.get(map.get(), name);
            if (entry.isEmpty()) {
                continue;
            }
            String path = "detectors." + name;
            Optional<YMap> d = fields.map(entry.get(), path);
            if (d.isEmpty()) {
                ok = false;
                continue;
            }
            fields.onlyKeys(d.get(), path, DETECTOR_KEYS);
            Optional<Boolean> enabled = Fields.get(d.get(), "enabled").map(n -> fields.bool(n, path + ".enabled"))
                    .orElse(Optional.of(true));
            Optional<Optional<Double>> threshold = Fields.get(d.get(), "threshold")
                    .map(n -> positive(n, path + ".threshold")).orElse(Optional.of(Optional.empty()));
            if (enabled.isEmpty() || threshold.isEmpty()) {
                ok = false;
                continue;
            }
            out.put(name, new DetectorSettings.Setting(enabled.get(), threshold.get()));
        }
        return ok ? Optional.of(new DetectorSettings(out)) : Optional.empty();
    }

    private Optional<Optional<Double>> positive(YNode node, String path) {
        Optional<Double> v = fields.number(node, path, 0, DetectorSettings.MAX_THRESHOLD);
        if (v.isPresent() && !(v.get() > 0)) {
            fields.error(node, path, "threshold must be above 0", "a number above 0 and at most "
                    + Fields.plain(DetectorSettings.MAX_THRESHOLD));
            return Optional.empty();
        }
        return v.map(Optional::of);
    }
}
