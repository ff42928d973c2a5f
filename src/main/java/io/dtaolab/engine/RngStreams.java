package io.dtaolab.engine;

import java.nio.charset.StandardCharsets;
import io.dtaolab.agents.Rng;

/**
 * Random streams split from the run seed by a stable key (agent id, "quality", ...): adding an agent never
 * changes what another draws, and the attack world and its twin hand honest agents identical streams.
 */
public final class RngStreams {
    private final long runSeed;

    public RngStreams(long runSeed) {
        this.runSeed = runSeed;
    }

    public Rng stream(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return new Rng(mix(runSeed ^ mix(h)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
