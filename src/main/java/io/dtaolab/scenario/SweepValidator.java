package io.dtaolab.scenario;

import io.dtaolab.scenario.YNode.YList;
import io.dtaolab.scenario.YNode.YMap;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a parsed sweep document into a {@link SweepSpec}: reads the base strategy as a located tree, applies the
 * {@code set} edits and each cell's axis values to it, and re-validates every cell through {@link StrategyLoader}.
 * A cell error is reported at the sweep-file value that caused it.
 */
final class SweepValidator {
    static final List<String> KEYS = List.of("name", "description", "base", "set", "axes", "seedsPerCell", "firstSeed", "measures");
    static final List<String> AXIS_KEYS = List.of("path", "values", "range");
    static final List<String> RANGE_KEYS = List.of("from", "to", "step");
    static final int MAX_AXIS_VALUES = 1_000;
    static final int MAX_CELLS = 2_000;
    static final int MAX_SEEDS = 1_000;
    static final int MAX_RUNS = 100_000;

    private final String file;
    private final Errors errors;
    private final Fields fields;
    private final Path sweepDir;
    private final List<String> measureNames;
    private final CellAdmission admission;

    SweepValidator(String file, Errors errors, Path sweepDir, List<String> measureNames, CellAdmission admission) {
        this.file = file;
        this.errors = errors;
        this.fields = new Fields(errors);
        this.sweepDir = sweepDir;
        this.measureNames = measureNames;
        this.admission = admission;
    }

    /** An edit of the base tree and the sweep-file node to blame when it makes a cell invalid. */
    private record Edit(TreePath path, YNode value, YNode blame, String blamePath) {
    }

    private record Axis(TreePath path, YNode pathNode, List<YNode> values, String valuesPath, boolean range) {
    }

    Optional<SweepSpec> validate(YNode root) {
        Optional<YMap> map = fields.map(root, "$");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YMap m = map.get();
        fields.onlyKeys(m, "$", KEYS);
        Optional<String> name = fields.require(m, "$", "name", "lowercase letters, digits and '-'")
                .flatMap(n -> fields.string(n, "name", StrategyValidator.NAME, "lowercase letters, digits and '-', 1 to 64 characters"));
        Optional<String> description = Fields.get(m, "description").flatMap(n -> fields.string(n, "description", null, "text"));
        Optional<YNode> baseNode = fields.require(m, "$", "base", "path of a strategy file, relative to this sweep file");
        Optional<Path> base = baseNode.flatMap(this::basePath);
        List<Edit> sets = Fields.get(m, "set").map(this::sets).orElse(List.of());
        List<Axis> axes = fields.require(m, "$", "axes", "a non-empty list of {path, values | range}").map(this::axes).orElse(List.of());
        Optional<Long> seedsPerCell = fields.require(m, "$", "seedsPerCell", "an integer from 1 to " + MAX_SEEDS)
                .flatMap(n -> fields.integer(n, "seedsPerCell", 1, MAX_SEEDS));
        Optional<Long> firstSeed = Fields.get(m, "firstSeed").flatMap(n -> fields.integer(n, "firstSeed", 0, Long.MAX_VALUE - MAX_SEEDS));
        Optional<List<String>> measures = fields.require(m, "$", "measures", String.join(", ", measureNames)).flatMap(this::measures);
        if (!errors.isEmpty() || base.isEmpty()) {
            return Optional.empty();
        }
        long cellCount = axes.stream().mapToLong(a -> a.values().size()).reduce(1, Math::multiplyExact);
        if (cellCount > MAX_CELLS || cellCount * seedsPerCell.get() > MAX_RUNS) {
            fields.error(m.entries().get("axes").value(), "axes", "the grid has " + cellCount + " cells and "
                    + cellCount * seedsPerCell.get() + " runs", "at most " + MAX_CELLS + " cells and " + MAX_RUNS + " runs");
            return Optional.empty();
        }
        Optional<YNode> baseTree = readBase(base.get(), baseNode.get());
        if (baseTree.isEmpty()) {
            return Optional.empty();
        }
        Path strategyDir = base.get().toAbsolutePath().getParent();
        List<SweepCell> cells = cells(baseTree.get(), baseNode.get(), base.get(), strategyDir, sets, axes, seedsPerCell.get());
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        long seed0 = firstSeed.orElse(cells.get(0).spec().seed());
        List<Long> seeds = new ArrayList<>();
        for (long i = 0; i < seedsPerCell.get(); i++) {
            seeds.add(seed0 + i);
        }
        List<SweepAxis> sweepAxes = axes.stream().map(a -> new SweepAxis(a.path().text(),
                a.values().stream().map(YamlTrees::plain).toList())).toList();
        return Optional.of(new SweepSpec(file, name.get(), description, base.get().toString(), strategyDir, sweepAxes, seeds,
                measures.get(), cells));
    }

    private Optional<Path> basePath(YNode node) {
        return BaseStrategyFile.path(fields, sweepDir, node);
    }

    private List<Edit> sets(YNode node) {
        List<Edit> out = new ArrayList<>();
        fields.map(node, "set").ifPresent(map -> map.entries().forEach((key, e) -> {
            String path = FieldPaths.child("set", key);
            TreePath.parse(key).ifPresentOrElse(p -> out.add(new Edit(p, e.value(), e.value(), path)),
                    () -> errors.add(e.keyLoc(), path, "not a field path: '" + FieldPaths.abbreviate(key) + "'", TreePath.SYNTAX));
        }));
        return out;
    }

    private List<Axis> axes(YNode node) {
        Optional<YList> list = fields.list(node, "axes");
        if (list.isEmpty()) {
            return List.of();
        }
        if (list.get().items().isEmpty()) {
            fields.error(node, "axes", "no axes", "at least one {path, values | range}");
            return List.of();
        }
        List<Axis> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.get().items().size(); i++) {
            String at = "axes[" + i + "]";
            Optional<YMap> axis = fields.map(list.get().items().get(i), at);
            if (axis.isEmpty()) {
                continue;
            }
            YMap a = axis.get();
            fields.onlyKeys(a, at, AXIS_KEYS);
            Optional<YNode> pathNode = fields.require(a, at, "path", TreePath.SYNTAX);
            Optional<TreePath> path = pathNode.flatMap(n -> fields.string(n, at + ".path", null, TreePath.SYNTAX)
                    .flatMap(t -> {
                        Optional<TreePath> p = TreePath.parse(t);
                        if (p.isEmpty()) {
                            fields.error(n, at + ".path", "not a field path: '" + FieldPaths.abbreviate(t) + "'", TreePath.SYNTAX);
                        } else if (!seen.add(p.get().text())) {
                            fields.error(n, at + ".path", "path '" + t + "' is already an axis", "each path on one axis");
                            return Optional.empty();
                        }
                        return p;
                    }));
            Optional<YNode> values = Fields.get(a, "values");
            Optional<YNode> range = Fields.get(a, "range");
            List<YNode> items = List.of();
            String valuesPath = at + ".values";
            if (values.isPresent() == range.isPresent()) {
                fields.error(a, at, values.isPresent() ? "give either values or range, not both" : "missing values",
                        "values: [v1, v2, ...] or range: {from, to, step}");
            } else if (values.isPresent()) {
                items = fields.list(values.get(), valuesPath).map(YList::items).orElse(List.of());
                if (items.isEmpty() && values.get() instanceof YList) {
                    fields.error(values.get(), valuesPath, "empty list of values", "at least one value");
                } else if (items.size() > MAX_AXIS_VALUES) {
                    fields.error(values.get(), valuesPath, items.size() + " values", "at most " + MAX_AXIS_VALUES);
                    items = List.of();
                }
            } else {
                valuesPath = at + ".range";
                items = range(range.get(), valuesPath);
            }
            if (path.isPresent() && pathNode.isPresent() && !items.isEmpty()) {
                out.add(new Axis(path.get(), pathNode.get(), items, valuesPath, range.isPresent()));
            }
        }
        return out;
    }

    /** from, from + step, ... up to and including to; exact decimal steps so 0.1 + 0.2 stays 0.3. */
    private List<YNode> range(YNode node, String at) {
        Optional<YMap> map = fields.map(node, at);
        if (map.isEmpty()) {
            return List.of();
        }
        fields.onlyKeys(map.get(), at, RANGE_KEYS);
        String allowed = "a finite number";
        Optional<BigDecimal> from = fields.require(map.get(), at, "from", allowed).flatMap(n -> fields.decimal(n, at + ".from", allowed));
        Optional<BigDecimal> to = fields.require(map.get(), at, "to", allowed).flatMap(n -> fields.decimal(n, at + ".to", allowed));
        Optional<BigDecimal> step = fields.require(map.get(), at, "step", "a number above 0").flatMap(n -> fields.decimal(n, at + ".step", "a number above 0"));
        if (from.isEmpty() || to.isEmpty() || step.isEmpty()) {
            return List.of();
        }
        if (step.get().signum() <= 0) {
            fields.error(map.get().entries().get("step").value(), at + ".step", "step must be above 0", "a number above 0");
            return List.of();
        }
        if (to.get().compareTo(from.get()) < 0) {
            fields.error(map.get().entries().get("to").value(), at + ".to", "to is below from", "to >= from");
            return List.of();
        }
        BigDecimal count = to.get().subtract(from.get()).divide(step.get(), 0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(MAX_AXIS_VALUES)) > 0) {
            fields.error(node, at, "range has " + count.toPlainString() + " values", "at most " + MAX_AXIS_VALUES);
            return List.of();
        }
        List<YNode> out = new ArrayList<>();
        for (BigDecimal v = from.get(); v.compareTo(to.get()) <= 0; v = v.add(step.get())) {
            BigDecimal s = v.stripTrailingZeros();
            out.add(TreePath.scalar(node.loc(), s.scale() <= 0 ? (Object) s.longValueExact() : s));
        }
        return out;
    }

    private Optional<List<String>> measures(YNode node) {
        String allowed = String.join(", ", measureNames);
        Optional<YList> list = fields.list(node, "measures");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().items().isEmpty()) {
            fields.error(node, "measures", "empty list of measures", allowed);
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.get().items().size(); i++) {
            YNode item = list.get().items().get(i);
            String at = "measures[" + i + "]";
            fields.string(item, at, null, allowed).ifPresent(s -> {
                if (!measureNames.contains(s)) {
                    fields.error(item, at, "unknown measure '" + FieldPaths.abbreviate(s) + "'", allowed);
                } else if (out.contains(s)) {
                    fields.error(item, at, "measure '" + s + "' listed twice", "each measure once");
                } else {
                    out.add(s);
                }
            });
        }
        return Optional.of(out);
    }

    private Optional<YNode> readBase(Path base, YNode blame) {
        return BaseStrategyFile.read(fields, base, blame);
    }

    private List<SweepCell> cells(YNode base, YNode baseNode, Path baseFile, Path strategyDir, List<Edit> sets, List<Axis> axes,
                                  long seeds) {
        YNode edited = base;
        for (Edit e : sets) {
            Optional<YNode> next = apply(edited, e);
            if (next.isEmpty()) {
                return List.of();
            }
            edited = next.get();
        }
        int[] sizes = axes.stream().mapToInt(a -> a.values().size()).toArray();
        int total = 1;
        for (int s : sizes) {
            total *= s;
        }
        List<SweepCell> cells = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (int index = 0; index < total; index++) {
            int rest = index;
            int[] pick = new int[sizes.length];
            // The last axis varies fastest, as in nested loops written in axis order.
            for (int a = sizes.length - 1; a >= 0; a--) {
                pick[a] = rest % sizes[a];
                rest /= sizes[a];
            }
            YNode tree = edited;
            Map<String, Object> params = new LinkedHashMap<>();
            List<Edit> cellEdits = new ArrayList<>(sets);
            boolean ok = true;
            for (int a = 0; a < axes.size() && ok; a++) {
                Axis axis = axes.get(a);
                YNode value = axis.values().get(pick[a]);
                Edit edit = new Edit(axis.path(), value, value, axis.valuesPath() + (axis.range() ? "" : "[" + pick[a] + "]"));
                Optional<YNode> next = apply(tree, new Edit(axis.path(), value, axis.pathNode(), axis.valuesPath()));
                ok = next.isPresent();
                tree = next.orElse(tree);
                params.put(axis.path().text(), YamlTrees.plain(value));
                cellEdits.add(edit);
            }
            if (!ok) {
                return List.of();
            }
            String yaml = YamlTrees.yaml(tree);
            String cellName = baseFile.getFileName() + " (cell " + index + ")";
            LoadResult result = StrategyLoader.check(cellName + ".yaml", yaml.getBytes(StandardCharsets.UTF_8), strategyDir);
            if (result instanceof LoadResult.Invalid invalid) {
                for (FieldError e : invalid.errors()) {
                    Edit blame = blame(e.path(), cellEdits);
                    String key = (blame == null ? "base" : blame.blamePath()) + "|" + e.path() + "|" + e.message();
                    if (reported.add(key)) {
                        String message = "cell " + index + " " + params + " is not a valid strategy: " + e.path() + ": " + e.message();
                        if (blame == null) {
                            fields.error(baseNode, "base", message, e.allowed());
                        } else {
                            fields.error(blame.blame(), blame.blamePath(), message, e.allowed());
                        }
                    }
                }
                continue;
            }
            StrategySpec spec = ((LoadResult.Valid) result).spec();
            if (spec.compares()) {
                if (reported.add("compare")) {
                    fields.error(baseNode, "base", "a sweep cell runs one preset, but the base compares " + spec.presets(),
                            "an axis or set on 'preset' (it replaces compare)");
                }
                continue;
            }
            admission.admit(spec, seeds);
            cells.add(new SweepCell(index, params, yaml, spec));
        }
        return cells;
    }

    /** The last edit whose path is a prefix of the error path (the one that put the bad value there). */
    private static Edit blame(String errorPath, List<Edit> edits) {
        Edit found = null;
        for (Edit e : edits) {
            String p = e.path().text();
            if (errorPath.equals(p) || errorPath.startsWith(p + ".") || errorPath.startsWith(p + "[")
                    || (p.equals("preset") && errorPath.equals("compare"))) {
                found = e;
            }
        }
        return found;
    }

    private Optional<YNode> apply(YNode tree, Edit e) {
        try {
            YNode t = tree;
            // preset and compare exclude each other: a sweep over presets replaces the base's compare list.
            if (e.path().text().equals("preset")) {
                t = TreePath.without(t, "compare");
            } else if (e.path().text().equals("compare")) {
                t = TreePath.without(t, "preset");
            }
            return Optional.of(e.path().set(t, e.value()));
        } catch (TreePath.Unreachable u) {
            fields.error(e.blame(), e.blamePath(), "path '" + e.path().text() + "' does not fit the base strategy: " + u.getMessage(), TreePath.SYNTAX);
            return Optional.empty();
        }
    }
}
