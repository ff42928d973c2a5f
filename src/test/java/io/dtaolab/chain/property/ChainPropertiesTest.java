package io.dtaolab.chain.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dtaolab.chain.ChainError;
import io.dtaolab.chain.ChainException;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Presets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property-based invariant suite (seeded generator, no jqwik: the Quarkus BOM pins JUnit Platform 6).
 * Every factory yields one test per preset, each over {@code props.sequences} (default 1,000) random sequences.
 *
 * <p>System properties: {@code props.sequences} (count per preset), {@code props.base} (base seed; a fixed
 * default so CI is reproducible), and for replaying a reported failure {@code props.preset}, {@code props.seed},
 * {@code props.ops}, {@code props.blocks}.
 */
class ChainPropertiesTest {
    static final int SEQUENCES = Integer.getInteger("props.sequences", 1_000);
    static final long BASE = Long.getLong("props.base", 0x5EED_DA0L);

    static List<String> presets() {
        String only = System.getProperty("props.preset");
        return only == null ? Presets.names() : List.of(only);
    }

    /** The i-th seed of a property on a preset: independent of every other (property, preset, i). */
    static long seed(String property, String preset, int i) {
        return new SplittableRandom(BASE ^ ((long) property.hashCode() << 32) ^ preset.hashCode() ^ (i * 0x9E3779B97F4A7C15L))
                .nextLong();
    }

    static long[] seeds(String property, String preset) {
        String one = System.getProperty("props.seed");
        if (one != null) {
            return new long[] {Long.decode(one)};
        }
        long[] s = new long[SEQUENCES];
        for (int i = 0; i < s.length; i++) {
            s[i] = seed(property, preset, i);
        }
        return s;
    }

    static Sequence sequenceFor(long seed, int minBlocks, int maxBlocks) {
        Sequence seq = Sequence.generate(seed, minBlocks, maxBlocks);
        Integer ops = Integer.getInteger("props.ops");
        Integer blocks = Integer.getInteger("props.blocks");
        if (ops != null || blocks != null) {
            int n = ops == null ? seq.ops().size() : Math.min(ops, seq.ops().size());
            seq = seq.with(seq.ops().subList(0, n), blocks == null ? seq.blocks() : blocks);
        }
        return seq;
    }

    /** Runs the body for every seed of the property; exceptions are reported with preset and seed. */
    static void forEachSeed(String property, String preset, java.util.function.LongConsumer body) {
        for (long seed : seeds(property, preset)) {
            try {
                body.accept(seed);
            } catch (RuntimeException e) {
                throw new AssertionError(property + ": preset " + preset + " seed " + seed + " (-Dprops.preset=" + preset
                        + " -Dprops.seed=" + seed + "): " + e, e);
            }
        }
    }

    /** Runs every seed; on the first failure shrinks it and fails with a replayable report. */
    static void runAll(String preset, String property, Function<Long, World> worlds, int minBlocks, int maxBlocks) {
        Runner.takeStats();
        long t0 = System.nanoTime();
        for (long seed : seeds(property, preset)) {
            Sequence seq = sequenceFor(seed, minBlocks, maxBlocks);
            Runner.Failure f = Runner.run(worlds, seq);
            if (f != null) {
                Runner.Shrunk s = Runner.shrink(worlds, seq, f);
                fail(property + " violated\n" + Runner.report(preset, seq, f, s));
            }
        }
        System.out.printf("%s %s: %s (%.2f s)%n", property, preset, Runner.takeStats(), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * After every block of random extrinsic sequences: TAO and per-subnet alpha conserved to the RAO, no negative
     * balance, stake or reserve, reserves ≥ the minimum, shares in [0, 1] summing to 1 (or all 0), Σ emission ≤
     * block emission, Balancer weight in [0.01, 0.99], weight rows in bounds; in-block round trips never gain;
     * a refused extrinsic leaves the state hash unchanged; any exception other than ChainException fails.
     */
    @TestFactory
    Stream<DynamicTest> invariantsHoldAfterEveryBlock() {
        return presets().stream().map(p -> DynamicTest.dynamicTest(p,
                () -> runAll(p, "invariants", Runner.worlds(p), 20, 60)));
    }

    /**
     * Buy then immediately sell the alpha received (same block, same keys) never returns more TAO than was
     * spent, on random pools of every preset (the same-block rate limit is switched off so the sale runs; with
     * it on, the sale must be refused instead).
     */
    @TestFactory
    Stream<DynamicTest> roundTripNeverReturnsMoreThanSpent() {
        return presets().stream().map(p -> DynamicTest.dynamicTest(p, () -> {
            Mechanism m = Presets.get(p);
            Map<String, Object> noLimit = Map.of("sameBlockRateLimit", false);
            int executed = 0;
            for (long seed : seeds("round-trip", p)) {
                World w = World.build(p, seed, noLimit);
                Gen g = new Gen(seed);
                // random pool states: a few blocks of random trading first
                Sequence warmup = Sequence.generate(seed, 0, 4);
                Runner.Failure wf = runOn(w, warmup);
                if (wf != null) {
                    fail("warm-up failed for seed " + seed + ": " + wf.what());
                }
                w.net.beginBlock();
                for (int k = 0; k < 5; k++) {
                    List<String> bad = new ArrayList<>();
                    try {
                        Extrinsics.roundTrip(w, new Gen(g.nextLong()), bad::add);
                        executed++;
                    } catch (ChainException refused) {
                        // a refused buy or sale moves nothing
                    }
                    assertTrue(bad.isEmpty(), "preset " + p + " seed " + seed + ": " + bad);
                }
                w.net.endBlock();
                if (m.sameBlockRateLimit()) {
                    rateLimitRefusesSameBlockSale(p, seed);
                }
            }
            assertTrue(executed >= SEQUENCES || System.getProperty("props.seed") != null,
                    "too few round trips executed: " + executed);
        }));
    }

    private static void rateLimitRefusesSameBlockSale(String preset, long seed) {
        World w = World.build(preset, seed);
        w.net.beginBlock();
        int c = w.traders[0];
        int h = w.traderHotkeys[0];
        int n = w.net.netuids()[0];
        long tao = Math.max(w.mech.minStakeRao() * 10, w.net.free(c) / 1000);
        if (w.net.free(c) < tao) {
            return;
        }
        try {
            w.net.addStake(c, h, n, tao, Long.MAX_VALUE, false);
        } catch (ChainException refused) {
            return;
        }
        long held = w.net.stake(c, h, n);
        try {
            w.net.removeStake(c, h, n, held, Long.MAX_VALUE, false);
            fail(preset + " seed " + seed + ": same-block sale after a buy was not rate limited");
        } catch (ChainException e) {
            assertEquals(ChainError.StakingOperationRateLimitExceeded, e.error(), e.getMessage());
        }
    }

    /** Runs a sequence on an existing world with the block checks; null if it passed. */
    static Runner.Failure runOn(World w, Sequence seq) {
        return Runner.run(s -> w, seq);
    }

    /**
     * Block emission accounting under random flows, votes and registrations: shares sum to 1 (or are all 0 for
     * flow/vote rules without signal) and Σ TAO emitted, and TAO minted, per block ≤ the block emission.
     */
    @TestFactory
    Stream<DynamicTest> emissionSharesSumToOneAndEmissionIsBounded() {
        return presets().stream().map(p -> DynamicTest.dynamicTest(p, () -> {
            forEachSeed("emission", p, seed -> {
                World w = World.build(p, seed);
                Sequence seq = Sequence.generate(seed, 8, 16);
                int next = 0;
                for (int b = 0; b < seq.blocks(); b++) {
                    Checks.BlockStart start = Checks.BlockStart.of(w.net);
                    w.net.beginBlock();
                    List<String> problems = new ArrayList<>();
                    Checks.shares(w, start, problems);
                    Checks.emission(w, start, problems);
                    assertTrue(problems.isEmpty(), "preset " + p + " seed " + seed + " block " + b + ": " + problems);
                    while (next < seq.ops().size() && seq.ops().get(next).block() == b) {
                        try {
                            Extrinsics.apply(w, seq.ops().get(next), x -> { });
                        } catch (ChainException refused) {
                            // fine
                        }
                        next++;
                    }
                    w.net.endBlock();
                }
            });
        }));
    }

    /** Balancer presets: the TAO (quote) weight stays in [0.01, 0.99] through trading, injection and chain buys. */
    @TestFactory
    Stream<DynamicTest> balancerQuoteWeightStaysInBounds() {
        return presets().stream().filter(p -> Presets.get(p).poolModel() == Mechanism.PoolModel.BALANCER)
                .map(p -> DynamicTest.dynamicTest(p, () -> {
                    forEachSeed("quote-weight", p, seed -> {
                        World w = World.build(p, seed);
                        Sequence seq = Sequence.generate(seed, 8, 16);
                        int next = 0;
                        for (int b = 0; b < seq.blocks(); b++) {
                            w.net.beginBlock();
                            while (next < seq.ops().size() && seq.ops().get(next).block() == b) {
                                try {
                                    Extrinsics.apply(w, seq.ops().get(next), x -> { });
                                } catch (ChainException refused) {
                                    // fine
                                }
                                next++;
                                checkQuoteWeights(w, p, seed, b);
                            }
                            w.net.endBlock();
                            checkQuoteWeights(w, p, seed, b);
                        }
                    });
                }));
    }

    private static void checkQuoteWeights(World w, String p, long seed, int b) {
        for (int n : w.net.netuids()) {
            if (Checks.isStable(w, n)) {
                continue;
            }
            long q = w.net.quoteWeight(n);
            assertTrue(q >= Checks.MIN_QUOTE_WEIGHT && q <= Checks.MAX_QUOTE_WEIGHT,
                    "preset " + p + " seed " + seed + " block " + b + " subnet " + n + ": quote weight " + q);
        }
    }

    /** Same seed ⇒ same state hash after every block; different seeds ⇒ different final hashes. */
    @TestFactory
    Stream<DynamicTest> sameSeedSameStateHash() {
        return presets().stream().map(p -> DynamicTest.dynamicTest(p, () -> {
            Map<Long, Long> finalHashes = new HashMap<>();
            forEachSeed("determinism", p, seed -> {
                Sequence seq = Sequence.generate(seed, 5, 15);
                long[] a = hashes(p, seed, seq);
                long[] b = hashes(p, seed, seq);
                assertTrue(java.util.Arrays.equals(a, b), "preset " + p + " seed " + seed + ": state hashes differ between"
                        + " two runs of the same inputs");
                Long other = finalHashes.put(a[a.length - 1], seed);
                assertTrue(other == null, "preset " + p + ": seeds " + other + " and " + seed + " end in the same state hash");
            });
        }));
    }

    private static long[] hashes(String preset, long seed, Sequence seq) {
        World w = World.build(preset, seed);
        Network net = w.net;
        long[] out = new long[seq.blocks() + 1];
        out[0] = net.stateHash();
        int next = 0;
        for (int b = 0; b < seq.blocks(); b++) {
            net.beginBlock();
            while (next < seq.ops().size() && seq.ops().get(next).block() == b) {
                try {
                    Extrinsics.apply(w, seq.ops().get(next), x -> { });
                } catch (ChainException refused) {
                    // fine
                }
                next++;
            }
            net.endBlock();
            out[b + 1] = net.stateHash();
        }
        return out;
    }
}
