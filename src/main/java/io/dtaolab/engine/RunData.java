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
                      Issuance issuance, Regime regime, StartState startState) {

    /** The run as it was before saved states: warmed in-process. */
    public RunData(String strategyName, String preset, long seed, long blocksPlanned, long blocksDone,
                   boolean interrupted, long startChainBlock, List<Target> targets, Series attack, Series twin,
                   List<TempoReport> tempos, List<AgentOutcome> outcomes, List<AdversaryAccount> adversaries,
                   double maxCapitalAtRiskTao, WorldLedger ledgerAttack, WorldLedger ledgerTwin,
                   long stateHashAttack, long stateHashTwin,
                   long tradesAttack, long tradesTwin, double wallSeconds, double distortionThresholdPct,
                   Issuance issuance, Regime regime) {
        this(strategyName, preset, seed, blocksPlanned, blocksDone, interrupted, startChainBlock, targets, attack, twin,
                tempos, outcomes, adversaries, maxCapitalAtRiskTao, ledgerAttack, ledgerTwin, stateHashAttack,
                stateHashTwin, tradesAttack, tradesTwin, wallSeconds, distortionThresholdPct, issuance, regime, null);
    }

    /**
     * The saved state a run started from instead of warming up ({@code run --from-state}): the file, its SHA-256 and
     * the fingerprint it records (see {@code StateFingerprint}); null when the run warmed in-process.
     */
    public record StartState(String file, String sha256, String strategy, String network, String networkSha256,
                             String honest, String honestSha256, String preset, String mechanismSha256, long seed,
                             long warmupBlocks, String ordering, long chainBlock, int format, String codeSha256) {
    }

    /** The era's TAO issuance the run used: chain TotalIssuance at the start, and the block emission it gave. */
    public record Issuance(double startTotalIssuanceTao, double startBlockEmissionTao, double endBlockEmissionTao) {
        public String describe() {
            String s = String.format(java.util.Locale.ROOT, "TotalIssuance %,.0f TAO at the start, %s TAO per block",
                    startTotalIssuanceTao, trim(startBlockEmissionTao));
            return endBlockEmissionTao == startBlockEmissionTao ? s
                    : s + " (halved to " + trim(endBlockEmissionTao) + " during the run)";
        }

        private static String trim(double tao) {
            return java.math.BigDecimal.valueOf(tao).stripTrailingZeros().toPlainString();
        }
    }

    /** An adversary's target and active window (absolute chain blocks). */
    public record Target(String adversaryId, String agentClass, int netuid, long startBlock, long stopBlock,
                         double budgetTao) {
    }
}
