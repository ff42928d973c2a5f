package io.dtaolab.agents;

import java.util.random.RandomGenerator;

/**
 * A SplitMix64 stream that draws exactly what {@link java.util.Rng} draws from the same seed (same
 * {@code nextLong}/{@code nextInt}; every other draw is the {@link RandomGenerator} default built on those two, as
 * in the JDK), but whose whole state is one field, so a world fork or a saved state can copy it.
 */
public final class Rng implements RandomGenerator {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long seed;

    public Rng(long seed) {
        this.seed = seed;
    }

    @Override
    public long nextLong() {
        long z = seed += GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public int nextInt() {
        long z = seed += GOLDEN_GAMMA;
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    /** Moves the stream to {@code state} (a {@link #state()} of this or another stream). */
    public void resume(long state) {
        seed = state;
    }

    /** The stream's position, for state hashes. */
    public long state() {
        return seed;
    }
}
