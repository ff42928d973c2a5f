package io.dtaolab.experiment.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.MersenneTwister;

/**
 * Hipparchus' CMA-ES (minimising over [0, 1]^n) driven one generation at a time so the generation's candidates can
 * be evaluated in parallel. The library asks for fitness values one by one; within a generation its points do not
 * depend on each other's values. So each {@link #nextBatch} replays the optimiser from the start with the same
 * random seed, answers every point it has already been told, records the points of the first generation it has
 * not, and stops it there. Replays cost optimiser arithmetic only, which is nothing beside a simulation run.
 * When the optimiser stops on its own criteria, it restarts from the best point so far with the next seed.
 */
final class ReplayCmaes {
    private static final double SIGMA = 0.3;
    private static final int MAX_ITERATIONS = 1_000_000;

    private final int dimension;
    private final int lambda;
    private final long seed;
    private final double sigma;
    private final Map<Point, Double> told = new HashMap<>();
    private double[] guess;
    private int restart;
    private double[] best;
    private double bestFitness = Double.POSITIVE_INFINITY;

    ReplayCmaes(double[] start, int population, long seed) {
        this(start, population, seed, SIGMA);
    }

    /** With initial step size {@code sigma} (in the unit cube) instead of 0.3. */
    ReplayCmaes(double[] start, int population, long seed, double sigma) {
        this.sigma = sigma;
        this.dimension = start.length;
        this.lambda = population > 0 ? population : 4 + (int) Math.floor(3 * Math.log(Math.max(1, dimension)));
        this.seed = seed;
        this.guess = start.clone();
    }

    int populationSize() {
        return lambda;
    }

    /** The next points to evaluate (the start point alone first, then one generation at a time). */
    List<double[]> nextBatch() {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            Recorder recorder = new Recorder();
            try {
                optimizer().optimize(new MaxEval(Integer.MAX_VALUE), new ObjectiveFunction(recorder), GoalType.MINIMIZE,
                        new InitialGuess(guess), bounds(), new CMAESOptimizer.Sigma(sigmas()),
                        new CMAESOptimizer.PopulationSize(lambda));
            } catch (Pause p) {
                return recorder.pending;
            }
            // the optimiser converged on its own: restart around the best point with fresh randomness
            restart++;
            guess = best.clone();
        }
        throw new IllegalStateException("CMA-ES keeps converging without new points");
    }

    /** Starts CMA-ES again around the best point so far with the initial step size and the next seed. */
    void restart() {
        restart++;
        guess = best.clone();
    }

    /** Fitness of points returned by {@link #nextBatch} (lower is better). */
    void tell(double[] point, double fitness) {
        told.put(new Point(point), fitness);
        if (fitness < bestFitness) {
            bestFitness = fitness;
            best = point.clone();
        }
    }

    private CMAESOptimizer optimizer() {
        return new CMAESOptimizer(MAX_ITERATIONS, Double.NEGATIVE_INFINITY, true, 0, 0,
                new MersenneTwister(seed + 7919L * restart), false, null);
    }

    private SimpleBounds bounds() {
        double[] lo = new double[dimension];
        double[] hi = new double[dimension];
        Arrays.fill(hi, 1);
        return new SimpleBounds(lo, hi);
    }

    private double[] sigmas() {
        double[] s = new double[dimension];
        Arrays.fill(s, sigma);
        return s;
    }

    /** Stops a replay once the first unknown generation is recorded. */
    private static final class Pause extends RuntimeException {
        Pause() {
            super(null, null, false, false);
        }
    }

    /** Answers known points; records unknown ones up to the end of their generation, then pauses the optimiser. */
    private final class Recorder implements org.hipparchus.analysis.MultivariateFunction {
        final List<double[]> pending = new ArrayList<>();
        private int call;
        private int pauseAfter = -1;

        @Override
        public double value(double[] x) {
            int index = call++;
            Double known = told.get(new Point(x));
            if (known != null && pauseAfter < 0) {
                return known;
            }
            if (pauseAfter < 0) {
                // call 0 is the start point; then generations of lambda calls each
                pauseAfter = index == 0 ? 0 : ((index - 1) / lambda + 1) * lambda;
            }
            if (known == null && pending.stream().noneMatch(p -> Arrays.equals(p, x))) {
                pending.add(x.clone());
            }
            if (index >= pauseAfter) {
                throw new Pause();
            }
            return 0;
        }
    }

    /** A point compared by its exact doubles. */
    private record Point(double[] x) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Point p && Arrays.equals(x, p.x);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(x);
        }
    }
}
