package io.dtaolab.experiment.calibration;

import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.market.DailyMove;
import io.dtaolab.experiment.market.StabilityCheck;
import io.dtaolab.experiment.RunOrder;
import io.dtaolab.experiment.RunPipeline;
import io.dtaolab.scenario.StrategySpec;

/**
 * Runs a strategy's honest population alone forward from its snapshot for the window and sets the twin's stylised
 * facts next to the chain's. Forward from the snapshot rather than from the prices 30 days earlier: the data has
 * those earlier prices but not the earlier reserves, pools or stake, so a start 30 days back would be the snapshot's
 * pools re-priced by hand; the comparison is of the cross-section of 30-day outcomes, which does not need the same
 * 30 days.
 */
public final class Calibration {
    /** The bounds the report checks (issue 12, "Done when"). */
    public static final double MAX_KS = 0.25;
    public static final double MIN_EXCESS_KURTOSIS = 0;
    public static final double MAX_ABS_RETURN_ACF1 = 0.1;
    public static final double MIN_ABS_RETURN_ACF = 0;

    private Calibration() {
    }

    /** What one calibration run found. */
    public record Result(String strategy, long seed, long blocks, RealMarket real, TwinFacts twin, DailyMove largestDailyMove,
                         double ownerVolumeTao) {
        public double ksLogReturns() {
            return Stats.ks(real.logReturns(), twin.logReturns());
        }

        /** KS distance on one half of the subnets ({@link HoldOut}). */
        public double ksLogReturns(HoldOut half) {
            return Stats.ks(real.logReturns(half), twin.logReturns(half));
        }

        public double ksMeanOverFinal() {
            return Stats.ks(real.meanOverFinal(), twin.meanOverFinal());
        }

        public boolean heavyTails() {
            return Stats.median(twin.kurtosis()) > MIN_EXCESS_KURTOSIS;
        }

        public boolean noReturnAutocorrelation() {
            return Math.abs(Stats.median(twin.returnAcf1())) < MAX_ABS_RETURN_ACF1;
        }

        public boolean volatilityClustering() {
            return Stats.median(twin.absReturnAcf()) > MIN_ABS_RETURN_ACF;
        }

        public boolean fits() {
            return ksLogReturns() <= MAX_KS && heavyTails() && noReturnAutocorrelation() && volatilityClustering();
        }
    }

    /** TAO the honest {@code subnet-owner} agents paid for buys and received from sales (0 without them). */
    static double ownerVolumeTao(RunData data) {
        return data.ledgerAttack().parties().stream().filter(p -> p.name().equals(OWNER_TYPE))
                .mapToDouble(p -> (p.flows().totalTaoPaid() + p.flows().totalTaoReceived()) / 1e9).sum();
    }

    static final String OWNER_TYPE = "subnet-owner";

    public static Result run(StrategySpec spec, Mechanism m, long seed, long blocks, RealMarket real, RunControl control)
            throws InterruptedException {
        RunData data = RunPipeline.execute(RunOrder.of(StabilityCheck.honestOnly(spec), m, seed, blocks)
                        .withDetectors(false).withWorldThreads(1),
                control, RunListener.NONE, AlarmSink.NONE).data();
        return new Result(spec.name(), seed, blocks, real, TwinFacts.of(data.attack()), DailyMove.largest(data.attack()),
                ownerVolumeTao(data));
    }
}
