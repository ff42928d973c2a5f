package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.dtaolab.scenario.StrategySpec;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The twin forked off the shared prefix gives exactly the run a twin built and stepped on its own from genesis gives:
 * every tempo's columns, every agent's outcome, both state hashes, trade counts and the twin's series.
 */
class SharedPrefixTest {

    @ParameterizedTest
    @ValueSource(strings = {"pump", "flow", "bribe", "sandwich-tight", "sybil"})
    void forkedTwinEqualsATwinSteppedFromGenesis(String name) throws Exception {
        StrategySpec spec = EngineFixtures.load(name);
        long blocks = Math.min(spec.blocks(), 3 * 7200);
        assertEquals(fingerprint(run(spec, blocks, OrderingPolicy.FEE_PRIORITY, false)),
                fingerprint(run(spec, blocks, OrderingPolicy.FEE_PRIORITY, true)));
    }

    @ParameterizedTest
    @EnumSource(OrderingPolicy.class)
    void everyOrderingPolicy(OrderingPolicy policy) throws Exception {
        StrategySpec spec = EngineFixtures.load("sandwich-tight");
        assertEquals(fingerprint(run(spec, 2000, policy, false)), fingerprint(run(spec, 2000, policy, true)));
    }

    @Test
    void randomStrategiesWithLateAndEarlyAdversaries() throws Exception {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 12; i++) {
            String preset = io.dtaolab.chain.Presets.names().get(i % 6);
            StrategySpec spec = WorldForkPropertyTest.randomSpec(r, preset, i);
            long blocks = 200 + r.nextInt(600);
            assertEquals(fingerprint(run(spec, blocks, OrderingPolicy.FEE_PRIORITY, false)),
                    fingerprint(run(spec, blocks, OrderingPolicy.FEE_PRIORITY, true)), preset + " strategy " + i);
        }
    }

    @Test
    void theFingerprintSeesTheAttack() throws Exception {
        StrategySpec spec = EngineFixtures.load("pump");
        RunData d = run(spec, 3 * 7200, OrderingPolicy.FEE_PRIORITY, false);
        assertNotEquals(d.stateHashAttack(), d.stateHashTwin());
    }

    private static RunData run(StrategySpec spec, long blocks, OrderingPolicy policy, boolean separate) throws Exception {
        Run run = new Run(spec, spec.mechanism(), spec.seed(), blocks, policy, new RunControl(), RunListener.NONE);
        return (separate ? run.separateTwin() : run.worldThreads(2)).execute();
    }

    static String fingerprint(RunData d) {
        StringBuilder b = new StringBuilder();
        b.append(d.stateHashAttack()).append(' ').append(d.stateHashTwin()).append(' ').append(d.tradesAttack()).append(' ')
                .append(d.tradesTwin()).append('\n');
        for (TempoReport t : d.tempos()) {
            b.append(t.blockIndex()).append(Arrays.toString(t.shareAttack())).append(Arrays.toString(t.shareTwin()))
                    .append(Arrays.toString(t.spotAttack())).append(Arrays.toString(t.spotTwin()))
                    .append(Arrays.toString(t.emaTwin())).append(t.redirectedTaoToDate()).append(t.honestLossVsTwinTao())
                    .append(t.adversaryClasses()).append(t.stateHashAttack()).append('\n');
        }
        d.outcomes().forEach(o -> b.append(o).append('\n'));
        for (Series s : new Series[] {d.attack(), d.twin()}) {
            for (int t = 0; s != null && t < s.size(); t++) {
                b.append(s.world()).append(s.block(t));
                for (int n = 1; n < s.width(); n++) {
                    b.append(' ').append(s.share(t, n)).append(' ').append(s.spot(t, n)).append(' ').append(s.flowEma(t, n));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
