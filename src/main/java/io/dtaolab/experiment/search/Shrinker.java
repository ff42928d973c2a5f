package io.dtaolab.experiment.search;

import io.dtaolab.scenario.Durations;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategySpec;
import io.dtaolab.scenario.StrategyTrees;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shrinks a strategy while a property holds, in this order (each pass keeps the first candidate, in the order
 * listed, that still has the property):
 * <ol>
 * <li>drop adversaries (delta debugging over the adversary list);</li>
 * <li>drop script actions (delta debugging over each script's action list);</li>
 * <li>only when shrinking the world too: drop honest groups, then halve each group's count while it holds;</li>
 * <li>shorten the run to k/8 of its length, k = 1…7, smallest first (windows clipped, actions past the end dropped);</li>
 * <li>shorten each adversary's active window the same way (stop moved towards start);</li>
 * <li>halve each adversary's budget, then each stake amount of a script, while the property holds.</li>
 * </ol>
 * Delta debugging is Zeller's ddmin: try removing each of n chunks (n = 2 first); on success keep the rest and
 * coarsen, otherwise split finer until chunks are single items. The candidates of one round run in parallel.
 * Every candidate is re-validated by the strict loader; invalid ones simply fail. At most {@code maxTrials}
 * candidates are tried; the result is the smallest strategy found by then.
 */
public final class Shrinker {
    public static final int DEFAULT_MAX_TRIALS = 120;
    private static final int HALVINGS = 6;

    private final Path strategyDir;
    private final CandidateEvaluator evaluator;
    private final KeepProperty property;
    private final SearchProgress.Listener listener;
    private final int maxTrials;
    private final boolean world;
    private final List<String> steps = new ArrayList<>();
    private int trials;
    private double budgetTao;
    private Map<String, Object> current;
    private Evaluation currentEval;

    /** Shrinks the attack only (the honest population stays): what a search does with its best attack. */
    public Shrinker(Path strategyDir, CandidateEvaluator evaluator, KeepProperty property, SearchProgress.Listener listener) {
        this(strategyDir, evaluator, property, listener, DEFAULT_MAX_TRIALS, false);
    }

    /** {@code world}: also drop and thin out honest groups. */
    public Shrinker(Path strategyDir, CandidateEvaluator evaluator, KeepProperty property, SearchProgress.Listener listener,
                    int maxTrials, boolean world) {
        this.world = world;
        this.strategyDir = strategyDir;
        this.evaluator = evaluator;
        this.property = property;
        this.listener = listener;
        this.maxTrials = maxTrials;
    }

    /** Shrinks {@code yaml}; throws IllegalArgumentException when the input itself lacks the property. */
    public ShrinkResult shrink(String yaml, double budgetTao) throws InterruptedException {
        this.budgetTao = budgetTao;
        Map<String, Object> tree = tree(yaml);
        Evaluation original = evaluate(List.of(tree)).get(0);
        if (!property.test().test(original)) {
            throw new IllegalArgumentException("the strategy does not have the property to keep (" + property.text() + "): "
                    + describe(original));
        }
        current = tree;
        currentEval = original;
        ddmin("adversaries", t -> list(t, "adversaries"));
        for (int i = 0; i < list(current, "adversaries").size(); i++) {
            int a = i;
            if (adversary(current, a).get("actions") instanceof List<?>) {
                ddmin("actions of adversary " + adversary(current, a).get("id"), t -> castList(adversary(t, a).get("actions")));
            }
        }
        if (world) {
            honest();
        }
        lengths();
        amounts();
        StrategySize before = StrategySize.of(spec(tree));
        StrategySize after = StrategySize.of(spec(current));
        return new ShrinkResult(property.text(), original, currentEval, steps, trials, before, after);
    }

    private void ddmin(String what, Function<Map<String, Object>, List<Object>> items) throws InterruptedException {
        int n = 2;
        while (items.apply(current).size() > 0 && trials < maxTrials) {
            int size = items.apply(current).size();
            n = Math.min(n, size);
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                Map<String, Object> t = StrategyTrees.copy(current);
                List<Object> list = items.apply(t);
                int from = c * size / n;
                int to = (c + 1) * size / n;
                list.subList(from, to).clear();
                candidates.add(t);
            }
            int kept = firstHolding(candidates);
            if (kept >= 0) {
                steps.add("dropped " + (size - items.apply(current).size()) + " of " + size + " " + what);
                n = Math.max(n - 1, 2);
            } else if (n < size) {
                n = Math.min(2 * n, size);
            } else {
                return;
            }
        }
    }

    private void honest() throws InterruptedException {
        if (!(current.get("honest") instanceof Map<?, ?>)) {
            return;
        }
        List<String> types = new ArrayList<>(castMap(current.get("honest")).keySet());
        for (String type : types) {
            if (trials >= maxTrials) {
                return;
            }
            Map<String, Object> t = StrategyTrees.copy(current);
            castMap(t.get("honest")).remove(type);
            if (firstHolding(List.of(t)) >= 0) {
                steps.add("dropped honest group " + type);
            }
        }
        for (String type : new ArrayList<>(castMap(current.get("honest")).keySet())) {
            for (int h = 0; h < HALVINGS && trials < maxTrials; h++) {
                long count = ((Number) castMap(castMap(current.get("honest")).get(type)).get("count")).longValue();
                if (count <= 1) {
                    break;
                }
                Map<String, Object> t = StrategyTrees.copy(current);
                castMap(castMap(t.get("honest")).get(type)).put("count", count / 2);
                if (firstHolding(List.of(t)) < 0) {
                    break;
                }
                steps.add("halved honest " + type + " to " + count / 2);
            }
        }
    }

    private void lengths() throws InterruptedException {
        long run = spec(current).blocks();
        List<Map<String, Object>> shorter = new ArrayList<>();
        for (int k = 1; k < 8; k++) {
            shorter.add(withRunLength(current, run * k / 8));
        }
        if (trials < maxTrials && firstHolding(shorter) >= 0) {
            steps.add("shortened the run from " + run + " to " + spec(current).blocks() + " blocks");
        }
        for (int i = 0; i < list(current, "adversaries").size() && trials < maxTrials; i++) {
            StrategySpec s = spec(current);
            long start = s.adversaries().get(i).startBlock();
            long stop = s.adversaries().get(i).stopBlock();
            List<Map<String, Object>> windows = new ArrayList<>();
            for (int k = 1; k < 8; k++) {
                long newStop = start + Math.max(1, (stop - start) * k / 8);
                if (newStop < stop) {
                    windows.add(withStop(current, i, newStop));
                }
            }
            if (firstHolding(windows) >= 0) {
                steps.add("shortened adversary " + adversary(current, i).get("id") + "'s window to "
                        + (spec(current).adversaries().get(i).stopBlock() - start) + " blocks");
            }
        }
    }

    private void amounts() throws InterruptedException {
        for (int i = 0; i < list(current, "adversaries").size(); i++) {
            int a = i;
            halve("budgetTao of adversary " + adversary(current, a).get("id"), t -> adversary(t, a), "budgetTao");
            if (adversary(current, a).get("actions") instanceof List<?> actions) {
                for (int j = 0; j < actions.size(); j++) {
                    int k = j;
                    if (castMap(actions.get(k)).containsKey("amountTao")) {
                        halve("amountTao of action " + k, t -> castMap(castList(adversary(t, a).get("actions")).get(k)), "amountTao");
                    }
                }
            }
        }
    }

    private void halve(String what, Function<Map<String, Object>, Map<String, Object>> holder, String key) throws InterruptedException {
        int done = 0;
        for (int h = 0; h < HALVINGS && trials < maxTrials; h++) {
            double v = ((Number) holder.apply(current).get(key)).doubleValue();
            Map<String, Object> t = StrategyTrees.copy(current);
            BigDecimal half = new BigDecimal(v / 2).round(MathContext.DECIMAL32).stripTrailingZeros();
            holder.apply(t).put(key, half.scale() < 0 ? half.setScale(0) : half);
            if (firstHolding(List.of(t)) < 0) {
                break;
            }
            done++;
        }
        if (done > 0) {
            steps.add("halved " + what + " " + done + " time(s)");
        }
    }

    /** Evaluates the candidates (in parallel); the first that has the property becomes current. Returns its index or -1. */
    private int firstHolding(List<Map<String, Object>> candidates) throws InterruptedException {
        List<Map<String, Object>> room = candidates.subList(0, Math.min(candidates.size(), maxTrials - trials));
        List<Evaluation> evals = evaluate(room);
        trials += room.size();
        listener.onProgress(new SearchProgress("shrink", 0, 1, budgetTao, trials, maxTrials, currentEval.objective()));
        for (int i = 0; i < evals.size(); i++) {
            if (property.test().test(evals.get(i))) {
                current = room.get(i);
                currentEval = evals.get(i);
                return i;
            }
        }
        return -1;
    }

    private List<Evaluation> evaluate(List<Map<String, Object>> trees) throws InterruptedException {
        List<CandidateEvaluator.Candidate> batch = new ArrayList<>();
        for (Map<String, Object> t : trees) {
            batch.add(new CandidateEvaluator.Candidate(Map.of(), StrategyTrees.yaml(t)));
        }
        return evaluator.evaluate(batch, trials, budgetTao);
    }

    private Map<String, Object> withRunLength(Map<String, Object> tree, long blocks) {
        Map<String, Object> t = StrategyTrees.copy(tree);
        t.remove("duration");
        t.put("blocks", Math.max(1, blocks));
        List<Object> kept = new ArrayList<>();
        for (Object o : list(t, "adversaries")) {
            Map<String, Object> a = castMap(o);
            long start = offset(a.get("start"), 0);
            if (start >= blocks) {
                continue;
            }
            long stop = Math.min(offset(a.get("stop"), blocks), blocks);
            a.put("stop", stop + "b");
            clipActions(a, stop);
            kept.add(a);
        }
        t.put("adversaries", kept);
        return t;
    }

    private Map<String, Object> withStop(Map<String, Object> tree, int index, long stop) {
        Map<String, Object> t = StrategyTrees.copy(tree);
        Map<String, Object> a = adversary(t, index);
        a.put("stop", stop + "b");
        clipActions(a, stop);
        return t;
    }

    private static void clipActions(Map<String, Object> adversary, long stop) {
        if (adversary.get("actions") instanceof List<?> actions) {
            castList(actions).removeIf(x -> offset(castMap(x).get("at"), 0) >= stop);
        }
    }

    private static long offset(Object value, long absent) {
        return value == null ? absent : Durations.blocks(String.valueOf(value)).orElse(absent);
    }

    private StrategySpec spec(Map<String, Object> tree) {
        LoadResult r = StrategyTrees.check("shrink.yaml", StrategyTrees.yaml(tree), strategyDir);
        if (r instanceof LoadResult.Valid v) {
            return v.spec();
        }
        throw new IllegalArgumentException("not a valid strategy: " + ((LoadResult.Invalid) r).errors().get(0).format());
    }

    private static Map<String, Object> tree(String yaml) {
        return StrategyTrees.tree("input.yaml", yaml);
    }

    private static String describe(Evaluation e) {
        return e.feasible() ? "objective " + e.objective() : e.reason();
    }

    static List<Object> list(Map<String, Object> tree, String key) {
        Object v = tree.get(key);
        if (v == null) {
            List<Object> empty = new ArrayList<>();
            tree.put(key, empty);
            return empty;
        }
        return castList(v);
    }

    static Map<String, Object> adversary(Map<String, Object> tree, int index) {
        return castMap(list(tree, "adversaries").get(index));
    }

    @SuppressWarnings("unchecked")
    static List<Object> castList(Object o) {
        return (List<Object>) o;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return o instanceof Map<?, ?> ? (Map<String, Object>) o : new LinkedHashMap<>();
    }
}
