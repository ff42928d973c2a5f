package io.dtaolab.scenario;

import io.dtaolab.agents.adversary.ScriptAction;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.agents.catalog.AgentRole;
import io.dtaolab.agents.catalog.AgentType;
import io.dtaolab.agents.catalog.AgentType.Limits;
import io.dtaolab.agents.catalog.ParamDef;
import io.dtaolab.chain.Rao;
import io.dtaolab.scenario.PopulationSpec.HonestGroup;
import io.dtaolab.scenario.YNode.YMap;
import io.dtaolab.scenario.YNode.YScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code honest} and {@code adversaries} sections, checking each type's parameters against the catalogue. */
final class AgentReader {
    static final List<String> ADVERSARY_KEYS = List.of("id", "type", "target", "budgetTao", "start", "stop", "coldkeys",
            "shielded", "params", "actions");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    static final String INCLUDE = "include";
    private final Fields fields;
    private final SnapshotLocations locations;

    AgentReader(Fields fields, SnapshotLocations locations) {
        this.fields = fields;
        this.locations = locations;
    }

    /** The honest section: groups by type, or {@code include: <population file>} alone (see {@link PopulationFile}). */
    Optional<PopulationSpec> honest(YNode node) {
        String path = "honest";
        Optional<YMap> map = fields.map(node, path);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        if (map.get().entries().containsKey(INCLUDE)) {
            fields.onlyKeys(map.get(), path, List.of(INCLUDE));
            if (map.get().entries().size() > 1) {
                return Optional.empty();
            }
            return new PopulationFile(fields, locations).read(map.get().entries().get(INCLUDE).value(), path + "." + INCLUDE);
        }
        return groups(map.get(), path);
    }

    /** Honest groups from a map of type → {count, params}; an included file's content is read the same way. */
    Optional<PopulationSpec> groups(YMap section, String path) {
        Optional<YMap> map = Optional.of(section);
        List<HonestGroup> groups = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, YNode.Entry> e : map.get().entries().entrySet()) {
            String groupPath = FieldPaths.child(path, e.getKey());
            Optional<AgentType> type = AgentType.byId(e.getKey());
            if (type.isEmpty() || type.get().role() != AgentRole.HONEST) {
                String why = type.isPresent() ? "'" + e.getKey() + "' is an adversary type; list it under adversaries"
                        : "unknown honest agent type '" + FieldPaths.abbreviate(e.getKey()) + "'";
                fields.errors().add(e.getValue().keyLoc(), groupPath, why, String.join(", ", AgentType.ids(AgentRole.HONEST)));
                ok = false;
                continue;
            }
            Optional<HonestGroup> group = honestGroup(type.get(), e.getValue().value(), groupPath);
            ok &= group.isPresent();
            group.ifPresent(groups::add);
        }
        return ok ? Optional.of(new PopulationSpec(groups)) : Optional.empty();
    }

    private Optional<HonestGroup> honestGroup(AgentType type, YNode node, String path) {
        Optional<YMap> map = fields.map(node, path);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        List<String> allowed = new ArrayList<>(List.of("count"));
        allowed.addAll(type.paramNames());
        Optional<Long> count = fields.require(map.get(), path, "count", "an integer from 0 to " + HonestGroup.MAX_COUNT)
                .flatMap(n -> fields.integer(n, path + ".count", 0, HonestGroup.MAX_COUNT));
        Map<String, YNode.Entry> params = new LinkedHashMap<>(map.get().entries());
        params.remove("count");
        Optional<AgentParams> resolved = params(type, params, path, allowed);
        if (count.isEmpty() || resolved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HonestGroup(type, count.get().intValue(), resolved.get()));
    }

    /** Checks each given parameter (unknown names, types, ranges) and resolves defaults when all are fine. */
    Optional<AgentParams> params(AgentType type, Map<String, YNode.Entry> given, String path, List<String> allowedKeys) {
        Map<String, Object> values = new HashMap<>();
        boolean ok = true;
        for (Map.Entry<String, YNode.Entry> e : given.entrySet()) {
            String paramPath = FieldPaths.child(path, e.getKey());
            Optional<ParamDef> def = type.param(e.getKey());
            if (def.isEmpty()) {
                fields.errors().add(e.getValue().keyLoc(), paramPath, "unknown parameter '" + FieldPaths.abbreviate(e.getKey())
                        + "' for agent type '" + type.id() + "'", String.join(", ", allowedKeys));
                ok = false;
                continue;
            }
            YNode value = e.getValue().value();
            if (!(value instanceof YScalar scalar)) {
                fields.error(value, paramPath, "expected a scalar, got " + value.kind(), def.get().allowed());
                ok = false;
                continue;
            }
            try {
                values.put(e.getKey(), def.get().coerce(Fields.plainValue(scalar)));
            } catch (IllegalArgumentException ex) {
                fields.error(value, paramPath, ex.getMessage(), def.get().allowed());
                ok = false;
            }
        }
        return ok ? Optional.of(type.resolve(values)) : Optional.empty();
    }

    /** Adversaries, with targets and schedule checked when the network and run length are known. */
    Optional<List<AdversarySpec>> adversaries(YNode node, Optional<NetworkSpec> network, Optional<NetworkSpec.NeuronSpec> neurons,
                                              Optional<Long> runBlocks) {
        Optional<YNode.YList> list = fields.list(node, "adversaries");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<AdversarySpec> specs = new ArrayList<>();
        Map<String, String> firstPathById = new HashMap<>();
        boolean ok = true;
        List<YNode> items = list.get().items();
        for (int i = 0; i < items.size(); i++) {
            String path = "adversaries[" + i + "]";
            Optional<AdversarySpec> spec = new AdversaryReader(fields, path, network, neurons, runBlocks).read(items.get(i));
            ok &= spec.isPresent();
            spec.ifPresent(specs::add);
            Optional<YNode> idNode = items.get(i) instanceof YMap m ? Fields.get(m, "id") : Optional.empty();
            if (idNode.isPresent() && idNode.get() instanceof YScalar s && s.value() instanceof String id) {
                String first = firstPathById.putIfAbsent(id, path);
                if (first != null) {
                    fields.error(idNode.get(), path + ".id", "duplicate adversary id '" + FieldPaths.abbreviate(id)
                            + "' (first at " + first + ")", "ids unique within the file");
                    ok = false;
                }
            }
        }
        return ok ? Optional.of(specs) : Optional.empty();
    }

    /** One adversary entry. */
    private final class AdversaryReader {
        private final Fields f;
        private final String path;
        private final Optional<NetworkSpec> network;
        private final Optional<NetworkSpec.NeuronSpec> neurons;
        private final Optional<Long> runBlocks;

        AdversaryReader(Fields f, String path, Optional<NetworkSpec> network, Optional<NetworkSpec.NeuronSpec> neurons,
                        Optional<Long> runBlocks) {
            this.neurons = neurons;
            this.f = f;
            this.path = path;
            this.network = network;
            this.runBlocks = runBlocks;
        }

        Optional<AdversarySpec> read(YNode node) {
            Optional<YMap> map = f.map(node, path);
            if (map.isEmpty()) {
                return Optional.empty();
            }
            YMap m = map.get();
            f.onlyKeys(m, path, ADVERSARY_KEYS);
            Optional<String> id = f.require(m, path, "id", "lowercase letters, digits and '-'")
                    .flatMap(n -> f.string(n, path + ".id", ID, "lowercase letters, digits and '-', at most 64"));
            Optional<AgentType> type = f.require(m, path, "type", adversaryTypes()).flatMap(this::type);
            Optional<Long> target = f.require(m, path, "target", "a netuid of the network")
                    .flatMap(n -> netuid(n, path + ".target"));
            Optional<Double> budget = f.require(m, path, "budgetTao", "a number above 0, at most 21000000")
                    .flatMap(n -> f.number(n, path + ".budgetTao", 0.000000001, Limits.MAX_TAO));
            Optional<Long> start = Fields.get(m, "start").map(n -> offset(n, path + ".start")).orElse(Optional.of(0L));
            Optional<Long> stop = Fields.get(m, "stop").map(n -> offset(n, path + ".stop"))
                    .orElse(Optional.ofNullable(runBlocks.orElse(null)));
            Optional<Long> coldkeys = Fields.get(m, "coldkeys").map(n -> f.integer(n, path + ".coldkeys", 1, AdversarySpec.MAX_COLDKEYS))
                    .orElse(Optional.of(1L));
            Optional<Boolean> shielded = Fields.get(m, "shielded").map(n -> f.bool(n, path + ".shielded")).orElse(Optional.of(false));
            Optional<AgentParams> params = type.flatMap(t -> params(t, m));
            boolean scheduleOk = schedule(m, start, stop);
            if (id.isEmpty() || type.isEmpty() || target.isEmpty() || budget.isEmpty() || start.isEmpty() || stop.isEmpty()
                    || coldkeys.isEmpty() || shielded.isEmpty() || params.isEmpty() || !scheduleOk) {
                return Optional.empty();
            }
            Optional<List<ScriptAction>> actions = actions(m, type.get(), target.get().intValue(), coldkeys.get().intValue(),
                    start.get(), stop.get());
            if (actions.isEmpty()) {
                return Optional.empty();
            }
            AdversarySpec spec = new AdversarySpec(id.get(), type.get(), target.get().intValue(), Rao.ofTao(budget.get()),
                    start.get(), stop.get(), coldkeys.get().intValue(), shielded.get(), params.get(), actions.get());
            return new AdversaryRules(f, path, network, neurons).check(spec, m) ? Optional.of(spec) : Optional.empty();
        }

        /** A script's actions (required for {@code script}, refused for every other type). */
        private Optional<List<ScriptAction>> actions(YMap m, AgentType type, int target, int coldkeys, long start, long stop) {
            Optional<YNode> node = Fields.get(m, "actions");
            if (type != AgentType.SCRIPT) {
                node.ifPresent(n -> f.errors().add(m.entries().get("actions").keyLoc(), path + ".actions",
                        "'actions' applies only to type script", String.join(", ", ADVERSARY_KEYS.subList(0, 9))));
                return node.isPresent() ? Optional.empty() : Optional.of(List.of());
            }
            if (node.isEmpty()) {
                f.error(m, path + ".actions", "missing required field 'actions' for type script",
                        "a list of {at, action, netuid, amountTao | fraction, toNetuid, coldkey}");
                return Optional.empty();
            }
            return new ScriptReader(f, network).read(node.get(), path + ".actions", target, coldkeys, start, stop);
        }

        private Optional<AgentType> type(YNode node) {
            Optional<String> id = f.string(node, path + ".type", null, adversaryTypes());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            Optional<AgentType> type = AgentType.byId(id.get());
            if (type.isEmpty() || type.get().role() != AgentRole.ADVERSARY) {
                f.error(node, path + ".type", type.isPresent() ? "'" + id.get() + "' is an honest type, not an adversary"
                        : "unknown adversary type '" + FieldPaths.abbreviate(id.get()) + "'", adversaryTypes());
                return Optional.empty();
            }
            return type;
        }

        private Optional<AgentParams> params(AgentType type, YMap m) {
            Optional<YNode> node = Fields.get(m, "params");
            if (node.isEmpty()) {
                return Optional.of(type.resolve(Map.of()));
            }
            return f.map(node.get(), path + ".params")
                    .flatMap(p -> AgentReader.this.params(type, p.entries(), path + ".params", type.paramNames()));
        }

        private Optional<Long> netuid(YNode node, String at) {
            Optional<Long> n = f.integer(node, at, 0, 65_535);
            if (n.isPresent() && network.isPresent() && !network.get().netuids().contains(n.get().intValue())) {
                f.error(node, at, "netuid " + n.get() + " is not in the network", "one of " + Ranges.describe(network.get().netuids()));
                return Optional.empty();
            }
            return n;
        }

        private Optional<Long> offset(YNode node, String at) {
            Optional<String> text = f.string(node, at, null, Durations.SYNTAX);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            var blocks = Durations.blocks(text.get());
            if (blocks.isEmpty()) {
                f.error(node, at, "invalid duration '" + FieldPaths.abbreviate(text.get()) + "'", Durations.SYNTAX);
                return Optional.empty();
            }
            return Optional.of(blocks.getAsLong());
        }

        private boolean schedule(YMap m, Optional<Long> start, Optional<Long> stop) {
            YNode stopNode = Fields.get(m, "stop").orElse(m);
            YNode startNode = Fields.get(m, "start").orElse(m);
            boolean stopGiven = Fields.get(m, "stop").isPresent();
            if (stopGiven && start.isPresent() && stop.isPresent() && stop.get() <= start.get()) {
                f.error(stopNode, path + ".stop", "stop " + Durations.format(stop.get()) + " is not after start "
                        + Durations.format(start.get()), "an offset after start and within the run");
                return false;
            }
            if (start.isEmpty() || stop.isEmpty() || runBlocks.isEmpty()) {
                return true;
            }
            long run = runBlocks.get();
            if (start.get() >= run) {
                f.error(startNode, path + ".start", "start " + Durations.format(start.get()) + " is not before the end of the run ("
                        + Durations.format(run) + ")", "an offset below " + Durations.format(run));
                return false;
            }
            if (stop.get() > run) {
                f.error(stopNode, path + ".stop", "stop " + Durations.format(stop.get()) + " is beyond the end of the run ("
                        + Durations.format(run) + ")", "an offset after start and at most " + Durations.format(run));
                return false;
            }
            return true;
        }
    }

    static String adversaryTypes() {
        return String.join(", ", AgentType.ids(AgentRole.ADVERSARY));
    }
}
