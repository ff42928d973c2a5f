package io.dtaolab.scenario;

import io.dtaolab.agents.adversary.ScriptAction;
import io.dtaolab.agents.catalog.AgentType;
import io.dtaolab.agents.catalog.AgentType.Limits;
import io.dtaolab.agents.catalog.ParamDef;
import io.dtaolab.scenario.SearchSpec.Constraints;
import io.dtaolab.scenario.SearchSpec.ScriptSpace;
import io.dtaolab.scenario.YNode.YList;
import io.dtaolab.scenario.YNode.YMap;
import io.dtaolab.scenario.YNode.YScalar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a parsed search document into a {@link SearchSpec}, reporting every problem at its line and column. */
final class SearchValidator {
    static final List<String> KEYS = List.of("name", "description", "base", "set", "adversary", "search", "budgetTao",
            "budgets", "objective", "constraints", "seeds", "statistic", "evaluations", "population", "seed", "shrinkKeep");
    static final List<String> SEARCH_KEYS = List.of("params", "start", "length", "script");
    static final List<String> SCRIPT_KEYS = List.of("actions", "kinds", "amountTao", "netuids");
    static final List<String> CONSTRAINT_KEYS = List.of("minPnlTao", "noAlarms", "maxBlocks");
    static final List<String> RANGE_KEYS = List.of("min", "max", "scale", "values");
    static final int MAX_EVALUATIONS = 100_000;
    static final int MAX_SEEDS = 100;
    static final int MAX_BUDGETS = 20;
    static final int MAX_SCRIPT_ACTIONS = 64;

    private final String file;
    private final Fields fields;
    private final Path searchDir;

    SearchValidator(String file, Errors errors, Path searchDir) {
        this.file = file;
        this.fields = new Fields(errors);
        this.searchDir = searchDir;
    }

    Optional<SearchSpec> validate(YNode root) {
        Optional<YMap> map = fields.map(root, "$");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YMap m = map.get();
        fields.onlyKeys(m, "$", KEYS);
        Optional<String> name = fields.require(m, "$", "name", "lowercase letters, digits and '-'")
                .flatMap(n -> fields.string(n, "name", StrategyValidator.NAME, "lowercase letters, digits and '-', 1 to 64 characters"));
        Optional<String> description = Fields.get(m, "description").flatMap(n -> fields.string(n, "description", null, "text"));
        Optional<YNode> baseNode = fields.require(m, "$", "base", BaseStrategyFile.ALLOWED);
        Optional<Path> baseFile = baseNode.flatMap(n -> BaseStrategyFile.path(fields, searchDir, n));
        Optional<YNode> tree = baseFile.flatMap(p -> BaseStrategyFile.read(fields, p, baseNode.get()))
                .flatMap(t -> Fields.get(m, "set").map(s -> edits(t, s)).orElse(Optional.of(t)));
        Optional<StrategySpec> base = tree.flatMap(t -> baseSpec(t, baseFile.get(), baseNode.get()));
        Optional<Integer> adversary = base.flatMap(b -> adversary(m, b));
        Optional<String> objective = Fields.get(m, "objective").map(n -> choice(n, "objective", SearchSpec.OBJECTIVES))
                .orElse(Optional.of("redirected"));
        Optional<String> statistic = Fields.get(m, "statistic").map(n -> choice(n, "statistic", SearchSpec.STATISTICS))
                .orElse(Optional.of("mean"));
        Optional<Long> seedCount = Fields.get(m, "seeds").map(n -> fields.integer(n, "seeds", 1, MAX_SEEDS)).orElse(Optional.of(1L));
        Optional<Long> evaluations = fields.require(m, "$", "evaluations", "an integer from 1 to " + MAX_EVALUATIONS)
                .flatMap(n -> fields.integer(n, "evaluations", 1, MAX_EVALUATIONS));
        Optional<Long> population = Fields.get(m, "population").map(n -> fields.integer(n, "population", 2, 1_000)).orElse(Optional.of(0L));
        Optional<Long> seed = Fields.get(m, "seed").map(n -> fields.integer(n, "seed", 0, Long.MAX_VALUE)).orElse(Optional.of(1L));
        Optional<Double> shrinkKeep = Fields.get(m, "shrinkKeep").map(n -> fields.number(n, "shrinkKeep", 0, 1)).orElse(Optional.of(0.9));
        Optional<Constraints> constraints = Fields.get(m, "constraints").map(this::constraints).orElse(Optional.of(Constraints.NONE));
        Optional<List<Double>> budgets = budgets(m, base, adversary);
        List<SearchDim> dims = new ArrayList<>();
        Optional<ScriptSpace> script = Optional.empty();
        Optional<YNode> searchNode = fields.require(m, "$", "search", "a mapping with params, start, length and/or script");
        if (searchNode.isPresent() && base.isPresent() && adversary.isPresent()) {
            script = space(searchNode.get(), base.get(), base.get().adversaries().get(adversary.get()), dims);
        }
        if (!fields.errors().isEmpty()) {
            return Optional.empty();
        }
        List<Long> seeds = new ArrayList<>();
        for (long i = 0; i < seedCount.get(); i++) {
            seeds.add(base.get().seed() + i);
        }
        return Optional.of(new SearchSpec(file, name.get(), description, baseFile.get(), baseFile.get().toAbsolutePath().getParent(),
                castMap(YamlTrees.plain(tree.get())), base.get(), adversary.get(), dims, script, budgets.get(), objective.get(),
                constraints.get(), seeds, statistic.get(), evaluations.get().intValue(), population.get().intValue(), seed.get(),
                shrinkKeep.get()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object plain) {
        return (Map<String, Object>) plain;
    }

    private Optional<YNode> edits(YNode tree, YNode setNode) {
        Optional<YMap> set = fields.map(setNode, "set");
        if (set.isEmpty()) {
            return Optional.empty();
        }
        YNode t = tree;
        for (Map.Entry<String, YNode.Entry> e : set.get().entries().entrySet()) {
            String at = FieldPaths.child("set", e.getKey());
            Optional<TreePath> path = TreePath.parse(e.getKey());
            if (path.isEmpty()) {
                fields.errors().add(e.getValue().keyLoc(), at, "not a field path: '" + FieldPaths.abbreviate(e.getKey()) + "'", TreePath.SYNTAX);
                return Optional.empty();
            }
            try {
                // keys that exclude each other: setting one replaces the other
                String other = Map.of("preset", "compare", "compare", "preset", "blocks", "duration", "duration", "blocks")
                        .get(e.getKey());
                t = path.get().set(other == null ? t : TreePath.without(t, other), e.getValue().value());
            } catch (TreePath.Unreachable u) {
                fields.errors().add(e.getValue().keyLoc(), at, "path does not fit the base strategy: " + u.getMessage(), TreePath.SYNTAX);
                return Optional.empty();
            }
        }
        return Optional.of(t);
    }

    private Optional<StrategySpec> baseSpec(YNode tree, Path baseFile, YNode blame) {
        String yaml = YamlTrees.yaml(tree);
        LoadResult r = StrategyLoader.check(baseFile.getFileName().toString(), yaml.getBytes(StandardCharsets.UTF_8),
                baseFile.toAbsolutePath().getParent());
        if (r instanceof LoadResult.Invalid invalid) {
            invalid.errors().forEach(e -> fields.error(blame, "base", "the base (with set edits) is not a valid strategy: "
                    + e.path() + ": " + e.message(), e.allowed()));
            return Optional.empty();
        }
        StrategySpec spec = ((LoadResult.Valid) r).spec();
        if (spec.compares() || spec.adversaries().isEmpty() || !spec.twin()) {
            fields.error(blame, "base", "a search needs a base with one preset, at least one adversary and its twin",
                    "set: { preset: <name> } to pick one preset of a compare file");
            return Optional.empty();
        }
        return Optional.of(spec);
    }

    private Optional<Integer> adversary(YMap m, StrategySpec base) {
        Optional<YNode> node = Fields.get(m, "adversary");
        if (node.isEmpty()) {
            return Optional.of(0);
        }
        List<String> ids = base.adversaries().stream().map(AdversarySpec::id).toList();
        Optional<String> id = fields.string(node.get(), "adversary", null, String.join(", ", ids));
        if (id.isPresent() && !ids.contains(id.get())) {
            fields.error(node.get(), "adversary", "no adversary '" + FieldPaths.abbreviate(id.get()) + "' in the base", String.join(", ", ids));
            return Optional.empty();
        }
        return id.map(ids::indexOf);
    }

    private Optional<String> choice(YNode node, String path, List<String> allowed) {
        Optional<String> s = fields.string(node, path, null, String.join(", ", allowed));
        if (s.isPresent() && !allowed.contains(s.get())) {
            fields.error(node, path, "unknown " + path + " '" + FieldPaths.abbreviate(s.get()) + "'", String.join(", ", allowed));
            return Optional.empty();
        }
        return s;
    }

    private Optional<Constraints> constraints(YNode node) {
        Optional<YMap> map = fields.map(node, "constraints");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        fields.onlyKeys(map.get(), "constraints", CONSTRAINT_KEYS);
        Optional<Optional<Double>> pnl = Fields.get(map.get(), "minPnlTao")
                .map(n -> fields.number(n, "constraints.minPnlTao", -Limits.MAX_TAO, Limits.MAX_TAO).map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
        Optional<Boolean> noAlarms = Fields.get(map.get(), "noAlarms").map(n -> fields.bool(n, "constraints.noAlarms"))
                .orElse(Optional.of(false));
        Optional<Optional<Long>> maxBlocks = Fields.get(map.get(), "maxBlocks")
                .map(n -> fields.integer(n, "constraints.maxBlocks", 1, Limits.MAX_BLOCKS).map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
        if (pnl.isEmpty() || noAlarms.isEmpty() || maxBlocks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Constraints(pnl.get(), noAlarms.get(), maxBlocks.get()));
    }

    private Optional<List<Double>> budgets(YMap m, Optional<StrategySpec> base, Optional<Integer> adversary) {
        Optional<YNode> one = Fields.get(m, "budgetTao");
        Optional<YNode> many = Fields.get(m, "budgets");
        String allowed = "budgetTao: <TAO> or budgets: [<TAO>, ...] (ascending, at most " + MAX_BUDGETS + ")";
        if (one.isPresent() && many.isPresent()) {
            fields.error(many.get(), "budgets", "give either budgetTao or budgets, not both", allowed);
            return Optional.empty();
        }
        if (one.isPresent()) {
            return fields.number(one.get(), "budgetTao", 1e-9, Limits.MAX_TAO).map(List::of);
        }
        if (many.isEmpty()) {
            return base.flatMap(b -> adversary.map(a -> List.of(b.adversaries().get(a).budgetRao() / 1e9)));
        }
        Optional<YList> list = fields.list(many.get(), "budgets");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().items().isEmpty() || list.get().items().size() > MAX_BUDGETS) {
            fields.error(many.get(), "budgets", list.get().items().size() + " budgets", allowed);
            return Optional.empty();
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < list.get().items().size(); i++) {
            YNode item = list.get().items().get(i);
            Optional<Double> b = fields.number(item, "budgets[" + i + "]", 1e-9, Limits.MAX_TAO);
            if (b.isPresent() && !out.isEmpty() && b.get() <= out.get(out.size() - 1)) {
                fields.error(item, "budgets[" + i + "]", "budgets must ascend", allowed);
                return Optional.empty();
            }
            b.ifPresent(out::add);
        }
        return out.size() == list.get().items().size() ? Optional.of(out) : Optional.empty();
    }

    /** Fills {@code dims} from the search section; returns the script space if one is asked for. */
    private Optional<ScriptSpace> space(YNode node, StrategySpec base, AdversarySpec a, List<SearchDim> dims) {
        Optional<YMap> map = fields.map(node, "search");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YMap m = map.get();
        fields.onlyKeys(m, "search", SEARCH_KEYS);
        Optional<ScriptSpace> script = Fields.get(m, "script").flatMap(n -> script(n, base, a));
        Fields.get(m, "params").ifPresent(n -> {
            if (script.isPresent() || a.type() == AgentType.SCRIPT) {
                fields.error(n, "search.params", "a script adversary has no parameters", "search.script, start, length");
            } else {
                params(n, a.type(), dims);
            }
        });
        String window = "[min, max] durations within the run (" + Durations.format(base.blocks()) + ")";
        Fields.get(m, "start").flatMap(n -> durationRange(n, "search.start", 0, base.blocks() - 1, window))
                .ifPresent(r -> dims.add(new SearchDim("start", SearchDim.Kind.INTEGER, r[0], r[1], false, List.of())));
        Fields.get(m, "length").flatMap(n -> durationRange(n, "search.length", 1, base.blocks(), window))
                .ifPresent(r -> dims.add(new SearchDim("length", SearchDim.Kind.INTEGER, r[0], r[1], false, List.of())));
        if (dims.isEmpty() && script.isEmpty() && fields.errors().isEmpty()) {
            fields.error(node, "search", "nothing to search", "params, start, length or script");
        }
        return script;
    }

    private void params(YNode node, AgentType type, List<SearchDim> dims) {
        Optional<YMap> map = fields.map(node, "search.params");
        if (map.isEmpty()) {
            return;
        }
        for (Map.Entry<String, YNode.Entry> e : map.get().entries().entrySet()) {
            String path = FieldPaths.child("search.params", e.getKey());
            Optional<ParamDef> def = type.param(e.getKey());
            if (def.isEmpty()) {
                fields.errors().add(e.getValue().keyLoc(), path, "unknown parameter '" + FieldPaths.abbreviate(e.getKey())
                        + "' for agent type '" + type.id() + "'", String.join(", ", type.paramNames()));
                continue;
            }
            ParamDef d = def.get();
            YNode value = e.getValue().value();
            switch (d.kind()) {
                case NUMBER, INTEGER -> range(value, path, d).ifPresent(dims::add);
                case BOOLEAN, ENUM -> choices(value, path, d).ifPresent(dims::add);
            }
        }
    }

    private Optional<SearchDim> range(YNode node, String path, ParamDef d) {
        String allowed = "[min, max], {min, max, scale: linear|log} or {values: [...]}, each " + d.allowed();
        YNode minNode;
        YNode maxNode;
        boolean log = false;
        if (node instanceof YList l && l.items().size() == 2) {
            minNode = l.items().get(0);
            maxNode = l.items().get(1);
        } else if (node instanceof YMap m && m.entries().containsKey("values")) {
            fields.onlyKeys(m, path, List.of("values"));
            return choices(m.entries().get("values").value(), path + ".values", d);
        } else if (node instanceof YMap m) {
            fields.onlyKeys(m, path, RANGE_KEYS);
            Optional<YNode> mn = fields.require(m, path, "min", d.allowed());
            Optional<YNode> mx = fields.require(m, path, "max", d.allowed());
            Optional<String> scale = Fields.get(m, "scale").map(n -> choice(n, path + ".scale", List.of("linear", "log")))
                    .orElse(Optional.of("linear"));
            if (mn.isEmpty() || mx.isEmpty() || scale.isEmpty()) {
                return Optional.empty();
            }
            minNode = mn.get();
            maxNode = mx.get();
            log = scale.get().equals("log");
        } else {
            fields.error(node, path, "expected a range, got " + node.kind(), allowed);
            return Optional.empty();
        }
        Optional<Double> min = bound(minNode, path + ".min", d);
        Optional<Double> max = bound(maxNode, path + ".max", d);
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (max.get() < min.get() || log && min.get() <= 0) {
            fields.error(node, path, log && min.get() <= 0 ? "a log scale needs min above 0" : "max is below min", allowed);
            return Optional.empty();
        }
        return Optional.of(new SearchDim("params." + d.name(), d.kind() == io.dtaolab.agents.catalog.ParamKind.INTEGER
                ? SearchDim.Kind.INTEGER : SearchDim.Kind.NUMBER, min.get(), max.get(), log, List.of()));
    }

    private Optional<Double> bound(YNode node, String path, ParamDef d) {
        if (!(node instanceof YScalar s)) {
            fields.error(node, path, "expected a number, got " + node.kind(), d.allowed());
            return Optional.empty();
        }
        try {
            return Optional.of(((Number) d.coerce(Fields.plainValue(s))).doubleValue());
        } catch (IllegalArgumentException e) {
            fields.error(node, path, e.getMessage(), d.allowed());
            return Optional.empty();
        }
    }

    private Optional<SearchDim> choices(YNode node, String path, ParamDef d) {
        String allowed = "a list of values to choose from, each " + d.allowed();
        Optional<YList> list = fields.list(node, path);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < list.get().items().size(); i++) {
            YNode item = list.get().items().get(i);
            String at = path + "[" + i + "]";
            if (!(item instanceof YScalar s)) {
                fields.error(item, at, "expected a scalar, got " + item.kind(), d.allowed());
                return Optional.empty();
            }
            try {
                Object v = d.coerce(Fields.plainValue(s));
                if (values.contains(v)) {
                    fields.error(item, at, "value listed twice", allowed);
                    return Optional.empty();
                }
                values.add(v);
            } catch (IllegalArgumentException e) {
                fields.error(item, at, e.getMessage(), d.allowed());
                return Optional.empty();
            }
        }
        if (values.isEmpty()) {
            fields.error(node, path, "no values", allowed);
            return Optional.empty();
        }
        return Optional.of(new SearchDim("params." + d.name(), SearchDim.Kind.CHOICE, 0, values.size() - 1, false, values));
    }

    private Optional<long[]> durationRange(YNode node, String path, long lo, long hi, String allowed) {
        if (!(node instanceof YList l) || l.items().size() != 2) {
            fields.error(node, path, "expected [min, max], got " + node.kind(), allowed);
            return Optional.empty();
        }
        long[] out = new long[2];
        for (int i = 0; i < 2; i++) {
            YNode item = l.items().get(i);
            Optional<String> text = fields.string(item, path + "[" + i + "]", null, Durations.SYNTAX);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            var b = Durations.blocks(text.get());
            if (b.isEmpty() || b.getAsLong() < lo || b.getAsLong() > hi) {
                fields.error(item, path + "[" + i + "]", b.isEmpty() ? "invalid duration '" + FieldPaths.abbreviate(text.get()) + "'"
                        : "duration " + text.get() + " is outside " + Durations.format(lo) + " … " + Durations.format(hi), allowed);
                return Optional.empty();
            }
            out[i] = b.getAsLong();
        }
        if (out[1] < out[0]) {
            fields.error(node, path, "max is below min", allowed);
            return Optional.empty();
        }
        return Optional.of(out);
    }

    private Optional<ScriptSpace> script(YNode node, StrategySpec base, AdversarySpec a) {
        Optional<YMap> map = fields.map(node, "search.script");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YMap m = map.get();
        String path = "search.script";
        fields.onlyKeys(m, path, SCRIPT_KEYS);
        Optional<Long> actions = fields.require(m, path, "actions", "an integer from 1 to " + MAX_SCRIPT_ACTIONS)
                .flatMap(n -> fields.integer(n, path + ".actions", 1, MAX_SCRIPT_ACTIONS));
        List<String> kinds = Fields.get(m, "kinds").map(n -> strings(n, path + ".kinds", ScriptAction.Kind.ids()))
                .orElse(List.of("stake", "unstake"));
        Optional<double[]> amount = fields.require(m, path, "amountTao", "[min, max] TAO per stake")
                .flatMap(n -> amountRange(n, path + ".amountTao"));
        List<Integer> netuids = new ArrayList<>();
        Optional<YNode> netNode = Fields.get(m, "netuids");
        if (netNode.isEmpty()) {
            netuids.add(a.target());
        } else {
            fields.list(netNode.get(), path + ".netuids").ifPresent(l -> {
                for (int i = 0; i < l.items().size(); i++) {
                    YNode item = l.items().get(i);
                    fields.integer(item, path + ".netuids[" + i + "]", 1, 65_535).ifPresent(n -> {
                        if (!base.network().netuids().contains(n.intValue())) {
                            fields.error(item, path + ".netuids", "netuid " + n + " is not in the network",
                                    "one of " + Ranges.describe(base.network().netuids()));
                        } else if (!netuids.contains(n.intValue())) {
                            netuids.add(n.intValue());
                        }
                    });
                }
            });
        }
        if (actions.isEmpty() || amount.isEmpty() || kinds.isEmpty() || netuids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ScriptSpace(actions.get().intValue(), kinds, amount.get()[0], amount.get()[1], netuids));
    }

    private Optional<double[]> amountRange(YNode node, String path) {
        String allowed = "[min, max] with 0 < min ≤ max ≤ " + (long) Limits.MAX_TAO;
        if (!(node instanceof YList l) || l.items().size() != 2) {
            fields.error(node, path, "expected [min, max], got " + node.kind(), allowed);
            return Optional.empty();
        }
        Optional<Double> min = fields.number(l.items().get(0), path + "[0]", 1e-9, Limits.MAX_TAO);
        Optional<Double> max = fields.number(l.items().get(1), path + "[1]", 1e-9, Limits.MAX_TAO);
        if (min.isPresent() && max.isPresent() && max.get() < min.get()) {
            fields.error(node, path, "max is below min", allowed);
            return Optional.empty();
        }
        return min.isPresent() && max.isPresent() ? Optional.of(new double[] {min.get(), max.get()}) : Optional.empty();
    }

    private List<String> strings(YNode node, String path, List<String> allowed) {
        List<String> out = new ArrayList<>();
        fields.list(node, path).ifPresent(l -> {
            for (int i = 0; i < l.items().size(); i++) {
                choice(l.items().get(i), path + "[" + i + "]", allowed).filter(s -> !out.contains(s)).ifPresent(out::add);
            }
        });
        return out;
    }
}
