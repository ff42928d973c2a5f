package io.dtaolab.experiment.search;

import io.dtaolab.agents.adversary.ScriptAction;
import io.dtaolab.scenario.AdversarySpec;
import io.dtaolab.scenario.SearchDim;
import io.dtaolab.scenario.SearchSpec;
import io.dtaolab.scenario.StrategyTrees;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimiser's unit cube [0, 1]^n and what each point means as a strategy. Continuous parameters map linearly
 * (or log-linearly) onto their range. Integers are the continuous value rounded to the nearest integer. Booleans and
 * enum values split [0, 1] into equal bins, one per choice (CMA-ES then moves between bins like any coordinate).
 * A free script adds four coordinates per action: block offset in the window (integer), kind (choice), size (a
 * log-scaled TAO amount for a stake, a fraction 0.05–1 of the position for unstake or move) and subnet (choice).
 */
public final class SearchSpace {
    static final double MIN_FRACTION = 0.05;

    private final SearchSpec spec;
    private final List<SearchDim> dims;

    public SearchSpace(SearchSpec spec) {
        this.spec = spec;
        List<SearchDim> all = new ArrayList<>(spec.params());
        spec.script().ifPresent(s -> {
            AdversarySpec a = spec.searched();
            for (int i = 0; i < s.actions(); i++) {
                String p = "actions[" + i + "].";
                all.add(new SearchDim(p + "at", SearchDim.Kind.INTEGER, a.startBlock(), a.stopBlock() - 1, false, List.of()));
                all.add(new SearchDim(p + "action", SearchDim.Kind.CHOICE, 0, s.kinds().size() - 1, false, List.copyOf(s.kinds())));
                all.add(new SearchDim(p + "size", SearchDim.Kind.NUMBER, 0, 1, false, List.of()));
                all.add(new SearchDim(p + "netuid", SearchDim.Kind.CHOICE, 0, s.netuids().size() - 1, false, List.copyOf(s.netuids())));
            }
        });
        this.dims = List.copyOf(all);
    }

    public int dimension() {
        return dims.size();
    }

    public List<SearchDim> dims() {
        return dims;
    }

    /** The base strategy's own values in the cube (clipped to the searched ranges); the centre for a free script. */
    public double[] start() {
        AdversarySpec a = spec.searched();
        double[] x = new double[dims.size()];
        for (int i = 0; i < dims.size(); i++) {
            SearchDim d = dims.get(i);
            Object base = switch (d.path()) {
                case "start" -> (double) a.startBlock();
                case "length" -> (double) (a.stopBlock() - a.startBlock());
                default -> d.path().startsWith("params.") ? a.params().values().get(d.path().substring(7)) : null;
            };
            x[i] = base == null ? 0.5 : toUnit(d, base);
        }
        return x;
    }

    /** The coordinates' values at {@code x}, by path, in dimension order. */
    public Map<String, Object> values(double[] x) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            out.put(dims.get(i).path(), fromUnit(dims.get(i), x[i]));
        }
        return out;
    }

    /** The strategy for these values at this adversary budget. */
    public CandidateEvaluator.Candidate candidate(Map<String, Object> values, double budgetTao) {
        Map<String, Object> tree = StrategyTrees.copy(spec.baseTree());
        Map<String, Object> adv = adversary(tree);
        adv.put("budgetTao", decimal(budgetTao));
        AdversarySpec a = spec.searched();
        long start = a.startBlock();
        long stop = a.stopBlock();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String path = e.getKey();
            if (path.startsWith("params.")) {
                params(adv).put(path.substring(7), e.getValue() instanceof Double d ? decimal(d) : e.getValue());
            } else if (path.equals("start")) {
                start = (Long) e.getValue();
            } else if (path.equals("length")) {
                stop = start + (Long) e.getValue();
            }
        }
        if (!values.containsKey("length")) {
            stop = Math.max(stop, start + 1);
        }
        stop = Math.min(stop, spec.base().blocks());
        if (values.containsKey("start") || values.containsKey("length")) {
            adv.put("start", start + "b");
            adv.put("stop", stop + "b");
        }
        spec.script().ifPresent(s -> script(adv, values, s));
        return new CandidateEvaluator.Candidate(values, StrategyTrees.yaml(tree));
    }

    private void script(Map<String, Object> adv, Map<String, Object> values, SearchSpec.ScriptSpace s) {
        adv.put("type", "script");
        adv.remove("params");
        List<Object> actions = new ArrayList<>();
        for (int i = 0; i < s.actions(); i++) {
            String p = "actions[" + i + "].";
            String kind = (String) values.get(p + "action");
            double size = (Double) values.get(p + "size");
            Map<String, Object> act = new LinkedHashMap<>();
            act.put("at", values.get(p + "at") + "b");
            act.put("action", kind);
            act.put("netuid", values.get(p + "netuid"));
            if (kind.equals(ScriptAction.Kind.STAKE.id())) {
                act.put("amountTao", decimal(logScale(s.minAmountTao(), s.maxAmountTao(), size)));
            } else {
                act.put("fraction", decimal(MIN_FRACTION + (1 - MIN_FRACTION) * size));
            }
            if (kind.equals(ScriptAction.Kind.MOVE.id())) {
                act.put("toNetuid", spec.searched().target());
            }
            actions.add(act);
        }
        adv.put("actions", actions);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> adversary(Map<String, Object> tree) {
        return (Map<String, Object>) ((List<Object>) tree.get("adversaries")).get(spec.adversary());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> params(Map<String, Object> adv) {
        return (Map<String, Object>) adv.computeIfAbsent("params", k -> new LinkedHashMap<String, Object>());
    }

    static Object fromUnit(SearchDim d, double u) {
        double x = Math.min(1, Math.max(0, u));
        return switch (d.kind()) {
            case CHOICE -> d.choices().get(Math.min(d.choices().size() - 1, (int) Math.floor(x * d.choices().size())));
            case INTEGER -> Math.round(scale(d, x));
            case NUMBER -> round9(scale(d, x));
        };
    }

    static double toUnit(SearchDim d, Object value) {
        if (d.kind() == SearchDim.Kind.CHOICE) {
            int i = d.choices().indexOf(value);
            return i < 0 ? 0.5 : (i + 0.5) / d.choices().size();
        }
        double v = Math.min(d.max(), Math.max(d.min(), ((Number) value).doubleValue()));
        if (d.max() == d.min()) {
            return 0.5;
        }
        return d.log() ? Math.log(v / d.min()) / Math.log(d.max() / d.min()) : (v - d.min()) / (d.max() - d.min());
    }

    private static double scale(SearchDim d, double x) {
        return d.log() ? logScale(d.min(), d.max(), x) : d.min() + x * (d.max() - d.min());
    }

    private static double logScale(double min, double max, double x) {
        return min * Math.pow(max / min, x);
    }

    /** Nine significant decimals: what a strategy file can say, so the written file is the evaluated one. */
    private static double round9(double v) {
        return new BigDecimal(v).round(new java.math.MathContext(9)).doubleValue();
    }

    private static BigDecimal decimal(double v) {
        BigDecimal d = new BigDecimal(Double.toString(round9(v))).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
