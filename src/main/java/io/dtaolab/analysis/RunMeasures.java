package io.dtaolab.analysis;

import java.util.List;

/**
 * The headline measures of a run (DESIGN.md §5), all TAO amounts in TAO. Fields that need the twin are NaN
 * when the run had none; {@code emaDecayBlocks} is -1 when the displacement had not halved by the run's end.
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
        List<Adversary> adversaries, List<Mover> topMovers, String verdict) {

    /** One adversary's own result. */
    public record Adversary(String id, String type, int target, double budgetTao, double exitValueTao, double pnlTao,
                            double feesTao, double impactPaidTao, double maxCapitalAtRiskTao, long executed,
                            long refused) {
    }

    /** A subnet whose emission share moved most between the worlds (mean over the run). */
    public record Mover(int netuid, double shareAttack, double shareTwin, double deviation, double taoEmissionDelta) {
    }
}
