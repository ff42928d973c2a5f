package io.dtaolab.analysis;

import java.util.List;

/**
 * The headline measures of a run (defined in README "Measures"), TAO amounts in TAO. Fields that need the twin
 * are NaN (null in report.json) when the run had none; {@code emissionCapturedPerTaoAtRisk} is NaN when nothing
 * was at risk; {@code emaDecayBlocks} is -1 when the displacement had not halved by the run's end.
 * Adversary amounts come from exact RAO books: {@code pnl} holds {@code adversaryPnlRao = rewards − cost} exactly.
 */
public record RunMeasures(
        String strategy, String preset, long seed, long blocksPlanned, long blocksDone, boolean interrupted,
        int target, boolean twin,
        double emissionRedirectedTao, double redirectedPctOfNetwork, double networkEmissionTao,
        double targetShareAttack, double targetShareTwin, double targetShareDeviationMax,
        double emaDisplacementMax, double emaDisplacementAtStop, long emaDecayBlocks,
        double adversaryPnlTao, double adversaryCostTao, double maxCapitalAtRiskTao,
        double emissionCapturedPerTaoAtRisk, double adversaryBudgetTao,
        double honestLossVsTwinTao, double victimSlippageTao,
        double adversaryRewardsTao, double adversaryFeesTao, double breakEvenRewardsTao, PnlIdentity pnlIdentity,
        List<Adversary> adversaries, List<Mover> topMovers, String verdict, Verdict verdictAxes,
        ValueLedger.Accounting accounting, StartingRegime regime) {

    /** One adversary's own result; RAO fields are exact and satisfy {@code pnlRao = rewardsRao − costRao}. */
    public record Adversary(String id, String type, int target, double budgetTao, double exitValueTao, double pnlTao,
                            double rewardsTao, double costTao, double feesTao, double netSlippageTao,
                            double breakEvenRewardsTao, double maxCapitalAtRiskTao, long executed, long refused,
                            long pnlRao, long rewardsRao, long costRao) {
    }

    /** The adversaries' PnL identity in RAO: {@code holds} is {@code pnlRao == rewardsRao − costRao}. */
    public record PnlIdentity(long pnlRao, long rewardsRao, long costRao, boolean holds) {
    }

    /** A subnet whose emission share moved most between the worlds (mean over the run). */
    public record Mover(int netuid, double shareAttack, double shareTwin, double deviation, double taoEmissionDelta) {
    }
}
