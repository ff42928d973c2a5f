package io.dtaolab.engine;

import java.util.List;

/**
 * Everything a finished (or interrupted) run produced, for the analysis layer: the per-tempo series of each
 * world, the adversaries' per-tempo measures and books, each world's value ledger, each agent's trading
 * outcome, and state hashes for determinism checks. {@code maxCapitalAtRiskTao} is over all adversaries together.
 */
public record RunData(String strategyName, String preset, long seed, long blocksPlanned, long blocksDone,
                      boolean interrupted, long startChainBlock, List<Target> targets, Series attack, Series twin,
                      List<TempoReport> tempos, List<AgentOutcome> outcomes, List<AdversaryAccount> adversaries,
                      double maxCapitalAtRiskTao, WorldLedger ledgerAttack, WorldLedger ledgerTwin,
                      long stateHashAttack, long stateHashTwin,
                      long tradesAttack, long tradesTwin, double wallSeconds, double distortionThresholdPct,
                      Regime regime) {

    /** An adversary's target and active window (absolute chain blocks). */
    public record Target(String adversaryId, String agentClass, int netuid, long startBlock, long stopBlock,
                         double budgetTao) {
    }
}
