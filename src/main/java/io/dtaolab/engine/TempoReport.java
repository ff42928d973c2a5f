package io.dtaolab.engine;

import java.util.Map;

/**
 * The measures at the end of a tempo. Per netuid arrays (index = netuid): emission share in each world,
 * spot and EMA price, flow EMA, reserves. Per adversary class: PnL marked to exit, capital at risk, cost.
 */
public record TempoReport(long blockIndex, long chainBlock, int target, double[] shareAttack, double[] shareTwin,
                          double[] spotAttack, double[] emaAttack, double[] flowEmaAttack, double[] taoReserveAttack,
                          double[] alphaReserveAttack, double[] spotTwin, double[] emaTwin,
                          double redirectedTaoToDate, double networkEmissionToDate,
                          Map<String, ClassMeasures> adversaryClasses, double honestLossVsTwinTao, long stateHashAttack) {

    /** One adversary class at a point in time, all in TAO. */
    public record ClassMeasures(double pnlTao, double capitalAtRiskTao, double costTao, double budgetTao) {
    }
}
