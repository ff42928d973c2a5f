package io.dtaolab.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated search file: which adversary of which base strategy to vary, over which ranges, at which budgets,
 * for which objective under which constraints, and how much evaluation to spend.
 *
 * @param baseTree      the base strategy with the file's {@code set} edits applied, as plain values (maps, lists,
 *                      scalars); candidates are edits of a copy of it
 * @param base          that tree, validated
 * @param strategyDir   where the base's relative paths (network snapshots) resolve
 * @param adversary     index of the searched adversary in {@code base.adversaries()}
 * @param params        ranges over the adversary type's parameters (path {@code params.<name>}), and
 *                      {@code start}/{@code length} ranges over its active window (in blocks)
 * @param script        a free script to search instead of (or besides) the parameters; the adversary becomes a
 *                      {@code script} adversary
 * @param budgetsTao    the adversary budgets to search at, ascending; one search per budget (a frontier if several)
 * @param seeds         seeds every candidate is run with (the same for all candidates)
 * @param evaluations   candidates evaluated per budget, the shipped/base point included
 * @param population    CMA-ES population size (λ); 0 = the library's default
 * @param seed          the optimiser's random seed
 * @param shrinkKeep    the best attack is shrunk while it keeps this fraction of its objective (0 = no shrink)
 */
public record SearchSpec(String file, String name, Optional<String> description, Path baseFile, Path strategyDir,
                         Map<String, Object> baseTree, StrategySpec base, int adversary, List<SearchDim> params,
                         Optional<ScriptSpace> script, List<Double> budgetsTao, String objective, Constraints constraints,
                         List<Long> seeds, String statistic, int evaluations, int population, long seed, double shrinkKeep) {

    public static final List<String> OBJECTIVES = List.of("redirected", "redirected-per-tao-at-risk", "pnl");
    public static final List<String> STATISTICS = List.of("mean", "min", "q25", "median");

    public SearchSpec {
        baseTree = Collections.unmodifiableMap(new LinkedHashMap<>(baseTree));
        params = List.copyOf(params);
        budgetsTao = List.copyOf(budgetsTao);
        seeds = List.copyOf(seeds);
    }

    /** Limits every candidate must respect; absent ones do not apply. */
    public record Constraints(Optional<Double> minPnlTao, boolean noAlarms, Optional<Long> maxBlocks) {
        public static final Constraints NONE = new Constraints(Optional.empty(), false, Optional.empty());
    }

    /** A free script of {@code actions} actions of the given kinds, amounts and subnets inside the adversary's window. */
    public record ScriptSpace(int actions, List<String> kinds, double minAmountTao, double maxAmountTao, List<Integer> netuids) {
        public ScriptSpace {
            kinds = List.copyOf(kinds);
            netuids = List.copyOf(netuids);
        }
    }

    /** The same search with another number of candidates per budget. */
    public SearchSpec withEvaluations(int n) {
        return new SearchSpec(file, name, description, baseFile, strategyDir, baseTree, base, adversary, params, script,
                budgetsTao, objective, constraints, seeds, statistic, n, population, seed, shrinkKeep);
    }

    public AdversarySpec searched() {
        return base.adversaries().get(adversary);
    }
}
