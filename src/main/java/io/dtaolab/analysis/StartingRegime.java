package io.dtaolab.analysis;

import io.dtaolab.engine.Regime;
import java.util.Arrays;

/**
 * The market the measurement starts from, for the report: the warm-up before it, how many subnets have a positive
 * flow EMA and their total (what the flow rules share emission by), the median spot price, and the target's spot,
 * price EMA, flow EMA and its share of the positive flow at that block.
 */
public record StartingRegime(long warmupBlocks, long chainBlock, int subnets, int positiveFlowSubnets,
                             double positiveFlowTaoPerBlock, double medianSpotTao, int target, double targetSpotTao,
                             double targetEmaTao, double targetFlowEmaTaoPerBlock, double targetFlowShare) {

    static StartingRegime of(Regime r, int target) {
        double[] spots = Arrays.stream(r.spot()).filter(p -> p > 0).sorted().toArray();
        double median = spots.length == 0 ? Double.NaN : spots.length % 2 == 1 ? spots[spots.length / 2]
                : (spots[spots.length / 2 - 1] + spots[spots.length / 2]) / 2;
        double positive = r.positiveFlowTao();
        boolean has = target > 0 && target < r.spot().length;
        double flow = has ? r.flowEmaTao()[target] : Double.NaN;
        return new StartingRegime(r.warmupBlocks(), r.chainBlock(), spots.length, r.positiveFlowSubnets(), positive,
                median, target, has ? r.spot()[target] : Double.NaN, has ? r.ema()[target] : Double.NaN, flow,
                has && positive > 0 ? Math.max(0, flow) / positive : Double.NaN);
    }
}
