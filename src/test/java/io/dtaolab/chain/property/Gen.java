package io.dtaolab.chain.property;

import java.util.SplittableRandom;

/** Seeded random choices for the property suite; every draw comes from one SplittableRandom, so a seed replays. */
final class Gen {
    final SplittableRandom r;

    Gen(long seed) {
        this.r = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return r.nextInt(bound);
    }

    int between(int lo, int hiInclusive) {
        return lo + r.nextInt(hiInclusive - lo + 1);
    }

    long nextLong() {
        return r.nextLong();
    }

    double unit() {
        return r.nextDouble();
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    /** Log-uniform in [lo, hi] (both > 0). */
    double logUniform(double lo, double hi) {
        return Math.exp(Math.log(lo) + r.nextDouble() * (Math.log(hi) - Math.log(lo)));
    }

    long logUniformLong(long lo, long hi) {
        return Math.max(lo, Math.min(hi, (long) logUniform(lo, hi)));
    }

    <T> T pick(T[] items) {
        return items[r.nextInt(items.length)];
    }

    int pick(int[] items) {
        return items[r.nextInt(items.length)];
    }
}
