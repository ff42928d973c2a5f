package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtaolab.chain.Network;
import io.dtaolab.chain.Rao;
import io.dtaolab.chain.Presets;
import io.dtaolab.scenario.StrategySpec;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Marking skips book positions it parked (no shares, and none can come but through the coldkey's own extrinsics):
 * over random small worlds per preset (every honest type, adversaries, forks into the twin), every marking equals the
 * one that reads every position the books hold, to the last bit, and so does every agent's holdings.
 */
class PositionParkingPropertyTest {
    static final int WORLDS_PER_PRESET = 40;

    static List<String> presets() {
        return Presets.names();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void parkedPositionsReadAsZero(String preset) {
        SplittableRandom r = new SplittableRandom(preset.hashCode() * 31L + 7);
        int parked = 0;
        for (int i = 0; i < WORLDS_PER_PRESET; i++) {
            StrategySpec spec = WorldForkPropertyTest.randomSpec(r, preset, i);
            World world = WorldBuilder.build(spec, spec.mechanism(), r.nextLong(), true, OrderingPolicy.FEE_PRIORITY);
            int blocks = 200 + r.nextInt(i % 10 == 0 ? 6000 : 1500);
            int every = 1 + r.nextInt(120);
            for (int b = 1; b <= blocks; b++) {
                world.step();
                if (b % every == 0) {
                    String what = preset + " world " + i + " block " + b;
                    assertEquals(Double.doubleToLongBits(reference(world)), Double.doubleToLongBits(world.honestValueAtSpot()),
                            what + ": honest value");
                    for (int a = 0; a < world.agents().size(); a++) {
                        long[] alpha = new long[world.network().capacity()];
                        long tao = referenceHoldings(world, a, alpha);
                        PartyHoldings h = world.holdingsOf(a);
                        assertEquals(tao, h.taoRao(), what + ", agent " + a + ": TAO");
                        assertArrayEquals(alpha, h.alphaRao(), what + ", agent " + a + ": alpha");
                    }
                }
            }
            for (int a = 0; a < world.agents().size(); a++) {
                AgentBook book = world.book(a);
                for (int k = 0; k < book.positionCount; k++) {
                    parked += book.parkedAt[k] >= 0 ? 1 : 0;
                }
            }
        }
        // the property means something only if positions do get parked
        org.junit.jupiter.api.Assertions.assertTrue(parked > 0, preset + ": no position was ever parked");
    }

    /** What {@link World#honestValueAtSpot} computed before parking: every position every book holds, read. */
    private static double reference(World world) {
        Network net = world.network();
        int w = net.capacity();
        double[] spot = new double[w];
        for (int n = 1; n < w; n++) {
            spot[n] = net.spotPrice(n);
        }
        long[] alpha = new long[w];
        double sum = 0;
        for (int i = 0; i < world.agents().size(); i++) {
            if (world.agents().get(i).adversary()) {
                continue;
            }
            double v = Rao.toTao(referenceHoldings(world, i, alpha));
            for (int n = 1; n < w; n++) {
                if (alpha[n] > 0) {
                    v += Rao.toTao(alpha[n]) * spot[n];
                }
                alpha[n] = 0;
            }
            sum += v;
        }
        return sum;
    }

    private static long referenceHoldings(World world, int agent, long[] alpha) {
        Network net = world.network();
        long tao = 0;
        for (int c : world.agents().get(agent).coldkeys()) {
            tao += net.free(c);
        }
        AgentBook b = world.book(agent);
        for (int i = 0; i < b.positionCount; i++) {
            long k = b.positions[i];
            int n = AgentBook.netuid(k);
            long held = net.stake(AgentBook.coldkey(k), AgentBook.hotkey(k), n);
            if (n == 0) {
                tao += held;
            } else {
                alpha[n] += held;
            }
        }
        return tao;
    }
}
