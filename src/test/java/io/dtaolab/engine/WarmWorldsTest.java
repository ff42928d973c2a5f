package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Runs that differ only in their adversaries start from one kept warm-up: each forks its own copy and gives exactly
 * the run it gives when it warms alone, while the warm-up is stepped once per seed, also from several threads.
 */
class WarmWorldsTest {
    static final long BLOCKS = 800;

    private static StrategySpec recycler(int cycleTao, int holdBlocks) {
        return recycler(cycleTao, holdBlocks, "yield-chaser: { count: 10, checkEveryBlocks: 120, moveThreshold: 0.1 }");
    }

    private static StrategySpec recycler(int cycleTao, int holdBlocks, String secondGroup) {
        String yaml = """
                name: warm
                seed: 99
                blocks: %d
                preset: taoflow-2025-11
                warmup: 400b
                network:
                  synthetic: { subnets: 6, taoReserveTao: [1000, 120000], priceTao: [0.001, 0.06], seed: 5 }
                honest:
                  noise-trader: { count: 30 }
                  %s
                adversaries:
                  - { id: recycler, type: flow-recycler, target: 4, budgetTao: 4000, start: 100b,
                      params: { cycleTao: %d, holdBlocks: %d } }
                """.formatted(BLOCKS, secondGroup, cycleTao, holdBlocks);
        LoadResult r = StrategyLoader.check("warm.yaml", yaml.getBytes(StandardCharsets.UTF_8), Path.of("strategies"));
        return assertInstanceOf(LoadResult.Valid.class, r, r::toString).spec();
    }

    private static String run(StrategySpec spec, long seed, WarmWorlds kept) throws InterruptedException {
        Run run = new Run(spec, spec.mechanism(), seed, BLOCKS, OrderingPolicy.FEE_PRIORITY, new RunControl(),
                RunListener.NONE).worldThreads(1);
        return SharedPrefixTest.fingerprint((kept == null ? run : run.warmFrom(kept)).execute());
    }

    @Test
    void candidatesForkedFromOneWarmUpEqualCandidatesWarmedAlone() throws Exception {
        List<StrategySpec> candidates = List.of(recycler(1000, 360), recycler(50, 40), recycler(3000, 200));
        WarmWorlds kept = new WarmWorlds(2);
        for (long seed : new long[] {99, 100}) {
            for (StrategySpec c : candidates) {
                assertEquals(run(c, seed, null), run(c, seed, kept), "seed " + seed + " " + c.adversaries());
            }
        }
        assertEquals(2, kept.warmUps(), "one warm-up per seed, six runs");
        assertNotEquals(run(candidates.get(0), 99, kept), run(candidates.get(1), 99, kept), "the candidates differ");
    }

    @Test
    void threadsSharingAWarmUpStepItOnceAndGetTheSameRuns() throws Exception {
        List<StrategySpec> candidates = List.of(recycler(1000, 360), recycler(50, 40), recycler(3000, 200), recycler(200, 90));
        List<String> alone = new ArrayList<>();
        for (StrategySpec c : candidates) {
            alone.add(run(c, 7, null));
        }
        WarmWorlds kept = new WarmWorlds(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> shared = new ArrayList<>();
            for (StrategySpec c : candidates) {
                shared.add(pool.submit(() -> run(c, 7, kept)));
            }
            for (int i = 0; i < candidates.size(); i++) {
                assertEquals(alone.get(i), shared.get(i).get(), "candidate " + i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, kept.warmUps());
    }

    @Test
    void anotherPopulationIsAnotherWarmUp() throws Exception {
        WarmWorlds kept = new WarmWorlds(4);
        StrategySpec base = recycler(1000, 360);
        run(base, 99, kept);
        run(base, 100, kept);
        StrategySpec fewer = recycler(1000, 360, "long-term-staker: { count: 5 }");
        assertEquals(run(fewer, 99, null), run(fewer, 99, kept));
        assertEquals(3, kept.warmUps(), "two seeds and a second population");
    }
}
