package io.dtaolab.experiment.calibration;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.RunControl;
import io.dtaolab.scenario.PopulationSpec;
import io.dtaolab.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.MersenneTwister;

/**
 * {@code calibrate --fit}: Hipparchus' CMA-ES over a few honest-agent parameters ({@link FitDim}), each candidate one
 * honest-only run of the window; the loss is the KS distance of the 30-day log-return cross-section on the fitting
 * half of the subnets ({@link HoldOut}; the report states the held-out half's too), plus 1 when a
 * stylised fact fails or a subnet moves more than 3x in a day (a fit must not buy its distance with a herd). The
 * budget is a number of runs; the best candidate seen is kept whatever the optimiser's state when it runs out.
 */
public final class CalibrationFit {
    private static final double SIGMA = 0.3;

    private CalibrationFit() {
    }

    /** One evaluated candidate. */
    public record Candidate(int index, PopulationSpec population, Calibration.Result result, double loss) {
    }

    /** All candidates in evaluation order and the best. */
    public record Fit(List<Candidate> candidates, Candidate best) {
    }

    public static Fit run(StrategySpec spec, Mechanism m, long seed, long blocks, RealMarket real, List<FitDim> dims,
                          int budget, RunControl control, Consumer<Candidate> progress) throws InterruptedException {
        if (budget < 1) {
            throw new IllegalArgumentException("the fit budget must be at least one run");
        }
        List<Candidate> seen = new ArrayList<>();
        double[] start = new double[dims.size()];
        for (int i = 0; i < start.length; i++) {
            FitDim d = dims.get(i);
            start[i] = d.unit(current(spec.honest(), d));
        }
        ObjectiveFunction loss = new ObjectiveFunction(x -> {
            if (seen.size() >= budget) {
                throw new BudgetSpent();
            }
            PopulationSpec population = apply(spec.honest(), dims, x);
            Calibration.Result r;
            try {
                r = Calibration.run(withHonest(spec, population), m, seed, blocks, real, control);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BudgetSpent();
            }
            double value = loss(r);
            Candidate c = new Candidate(seen.size(), population, r, value);
            seen.add(c);
            progress.accept(c);
            return value;
        });
        double[] sigma = new double[dims.size()];
        Arrays.fill(sigma, SIGMA);
        double[] lo = new double[dims.size()];
        double[] hi = new double[dims.size()];
        Arrays.fill(hi, 1);
        try {
            new CMAESOptimizer(budget, 0, true, 0, 0, new MersenneTwister(seed), false, null)
                    .optimize(new MaxEval(budget + 1), loss, GoalType.MINIMIZE, new InitialGuess(start),
                            new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
                            new CMAESOptimizer.PopulationSize(Math.max(2, Math.min(budget, 4 + (int) (3 * Math.log(dims.size()))))));
        } catch (BudgetSpent | MathIllegalStateException stopped) {
            // budget spent (or the optimiser's own evaluation cap): the best candidate seen is the answer
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Candidate best = seen.stream().min((a, b) -> Double.compare(a.loss(), b.loss())).orElseThrow();
        return new Fit(List.copyOf(seen), best);
    }

    static double loss(Calibration.Result r) {
        boolean facts = r.heavyTails() && r.noReturnAutocorrelation() && r.volatilityClustering();
        boolean calm = r.largestDailyMove().ratio() <= io.dtaolab.experiment.market.StabilityCheck.MAX_DAILY_RATIO;
        return r.ksLogReturns(HoldOut.FIT) + (facts && calm ? 0 : 1);
    }

    static double current(PopulationSpec p, FitDim d) {
        return p.value(d.type(), d.param());
    }

    /** The population with each dimension's value set in every group of its type (groups of other types unchanged). */
    static PopulationSpec apply(PopulationSpec p, List<FitDim> dims, double[] unit) {
        PopulationSpec out = p;
        for (int i = 0; i < dims.size(); i++) {
            out = out.with(dims.get(i).type(), dims.get(i).param(), round(dims.get(i).value(unit[i])));
        }
        return out;
    }

    /** Four significant digits: the population file stays readable and reads back to the same values. */
    static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    static StrategySpec withHonest(StrategySpec s, PopulationSpec honest) {
        return s.withHonest(honest);
    }

    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }
}
