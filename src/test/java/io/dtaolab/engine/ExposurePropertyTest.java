package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.chain.Network;
import io.dtaolab.chain.Rao;
import io.dtaolab.scenario.StrategySpec;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Capital at risk, kept over each adversary's own subnets only, gives the bits of the plain pass over every subnet
 * (the code before, copied below) after every trade and block of random worlds with adversaries.
 */
class ExposurePropertyTest {

    @Test
    void maximaKeepTheBitsOfAPassOverEverySubnet() {
        SplittableRandom r = new SplittableRandom(29);
        int worldsWithAdversaries = 0;
        int positiveMaxima = 0;
        int multiSubnetAdversaries = 0;
        for (int i = 0; i < 30; i++) {
            StrategySpec spec = WorldForkPropertyTest.randomSpec(r, i % 2 == 0 ? "current-2026-06" : "holder-vote", i);
            World world = WorldBuilder.build(spec, spec.mechanism(), r.nextLong(), true, OrderingPolicy.FEE_PRIORITY);
            Exposure kept = new Exposure(world);
            Reference plain = new Reference(world);
            if (!kept.any()) {
                continue;
            }
            worldsWithAdversaries++;
            world.onTrade(t -> {
                kept.afterTrade(t);
                plain.afterTrade(t);
                assertSame(world, kept, plain, "after a trade");
            });
            int blocks = 300 + r.nextInt(1500);
            for (int b = 1; b <= blocks; b++) {
                if (i % 2 == 0 && r.nextInt(15) == 0) {
                    stakeOnAnotherSubnet(world, r); // as an adversary spreading over subnets would
                }
                world.step();
                kept.afterBlock();
                plain.afterBlock();
                assertSame(world, kept, plain, "world " + i + " block " + b);
            }
            positiveMaxima += plain.maxTotal > 0 ? 1 : 0;
            multiSubnetAdversaries += plain.subnetsHeldAtOnce > 2 ? 1 : 0; // where the order of the sum can matter
        }
        assertTrue(worldsWithAdversaries >= 10, "worlds with adversaries: " + worldsWithAdversaries);
        assertTrue(positiveMaxima >= 5, "worlds where an adversary held alpha: " + positiveMaxima);
        assertTrue(multiSubnetAdversaries >= 3, "worlds where adversaries held three subnets or more: " + multiSubnetAdversaries);
    }

    /** An adversary stakes 1-50 TAO through a validator of a random subnet, and its book learns the position. */
    private static void stakeOnAnotherSubnet(World world, SplittableRandom r) {
        Network net = world.network();
        int n = 1 + r.nextInt(net.capacity() - 1);
        int[] adversaries = java.util.stream.IntStream.range(0, world.agents().size())
                .filter(a -> world.agents().get(a).adversary()).toArray();
        int a = adversaries[r.nextInt(adversaries.length)];
        int hotkey = net.exists(n) ? io.dtaolab.agents.Trading.validatorHotkey(new io.dtaolab.agents.MarketView(net), n, r.nextLong()) : -1;
        if (hotkey < 0) {
            return;
        }
        int coldkey = world.agents().get(a).coldkey();
        try {
            if (net.addStake(coldkey, hotkey, n, Rao.PER_TAO * (1 + r.nextInt(50)), Long.MAX_VALUE, true).alphaRao() > 0) {
                world.book(a).touch(coldkey, hotkey, n);
            }
        } catch (io.dtaolab.chain.ChainException spent) {
            // the adversary's wallet is empty: nothing staked
        }
    }

    private static void assertSame(World world, Exposure kept, Reference plain, String where) {
        assertEquals(Double.doubleToRawLongBits(plain.maxTotal), Double.doubleToRawLongBits(kept.maxTotal()), where);
        for (int a : plain.adversaries) {
            assertEquals(Double.doubleToRawLongBits(plain.maxPerAdversary[a]), Double.doubleToRawLongBits(kept.maxOf(a)),
                    where + " adversary " + world.agents().get(a).id());
        }
    }

    /** Exposure as it was: every subnet visited per sample, the rows cleared whole per block. */
    private static final class Reference {
        private final World world;
        private final int[] adversaries;
        private final long[][] alpha;
        private final boolean[] held;
        private final double[] maxPerAdversary;
        private double maxTotal;
        private int subnetsHeldAtOnce;

        Reference(World world) {
            this.world = world;
            var agents = world.agents();
            this.adversaries = java.util.stream.IntStream.range(0, agents.size()).filter(i -> agents.get(i).adversary()).toArray();
            this.alpha = new long[adversaries.length][world.network().capacity()];
            this.held = new boolean[world.network().capacity()];
            this.maxPerAdversary = new double[agents.size()];
        }

        void afterTrade(Trade t) {
            if (t.adversary()) {
                for (int a = 0; a < adversaries.length; a++) {
                    if (world.agents().get(adversaries[a]).id().equals(t.agentId())) {
                        refresh(a, t.netuid());
                    }
                }
            } else if (t.netuid() >= held.length || !held[t.netuid()]) {
                return;
            }
            sample();
        }

        void afterBlock() {
            for (int a = 0; a < adversaries.length; a++) {
                AgentBook b = world.book(adversaries[a]);
                java.util.Arrays.fill(alpha[a], 0);
                for (int i = 0; i < b.positionCount; i++) {
                    long k = b.positions[i];
                    int n = AgentBook.netuid(k);
                    if (n != 0 && n < alpha[a].length) {
                        alpha[a][n] += world.network().stake(AgentBook.coldkey(k), AgentBook.hotkey(k), n);
                    }
                }
            }
            sample();
        }

        private void refresh(int a, int netuid) {
            if (netuid == 0 || netuid >= alpha[a].length) {
                return;
            }
            AgentBook b = world.book(adversaries[a]);
            long sum = 0;
            for (int i = 0; i < b.positionCount; i++) {
                long k = b.positions[i];
                if (AgentBook.netuid(k) == netuid) {
                    sum += world.network().stake(AgentBook.coldkey(k), AgentBook.hotkey(k), netuid);
                }
            }
            alpha[a][netuid] = sum;
        }

        private void sample() {
            Network net = world.network();
            double total = 0;
            java.util.Arrays.fill(held, false);
            for (int a = 0; a < adversaries.length; a++) {
                double v = 0;
                int heldHere = 0;
                for (int n = 1; n < alpha[a].length; n++) {
                    if (alpha[a][n] > 0) {
                        held[n] = true;
                        heldHere++;
                        v += Rao.toTao(alpha[a][n]) * net.spotPrice(n);
                    }
                }
                subnetsHeldAtOnce = Math.max(subnetsHeldAtOnce, heldHere);
                maxPerAdversary[adversaries[a]] = Math.max(maxPerAdversary[adversaries[a]], v);
                total += v;
            }
            maxTotal = Math.max(maxTotal, total);
        }
    }
}
