package io.dtaolab.experiment.search;

import io.dtaolab.scenario.AdversarySpec;
import io.dtaolab.scenario.StrategySpec;

/** How big a strategy is, in the terms a shrink reduces. */
public record StrategySize(int adversaries, int actions, int honestAgents, long blocks, long activeBlocks, double budgetTao) {
    public static StrategySize of(StrategySpec s) {
        int actions = s.adversaries().stream().mapToInt(a -> a.actions().size()).sum();
        long active = s.adversaries().stream().mapToLong(a -> a.stopBlock() - a.startBlock()).sum();
        double budget = s.adversaries().stream().mapToLong(AdversarySpec::budgetRao).sum() / 1e9;
        return new StrategySize(s.adversaries().size(), actions, s.honest().totalAgents(), s.blocks(), active, budget);
    }
}
