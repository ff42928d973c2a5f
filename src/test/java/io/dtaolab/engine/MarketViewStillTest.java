package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.chain.Network;
import io.dtaolab.scenario.StrategySpec;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What a world's view remembers while the chain stands still (the subnet list and validator hotkeys checked once per
 * spell, its last sell quote) never outlives a change: a view kept across the blocks of random worlds (subnets dissolving and
 * registering, trades, a subnet registered in a pruned one's place and now and then two subnets swapping their neurons
 * between spells) answers every spell exactly as a fresh view does.
 */
class MarketViewStillTest {
    @Test
    void aViewKeptAcrossSpellsAnswersAsAFreshOne() {
        SplittableRandom r = new SplittableRandom(2026);
        int changedValidators = 0;
        int quoteRepeats = 0;
        int registrations = 0;
        int reservesMoved = 0;
        for (int i = 0; i < 12; i++) {
            StrategySpec spec = WorldForkPropertyTest.randomSpec(r, "current-2026-06", i);
            // no rate limit on subnet registration, so the test can register subnets while the world runs
            io.dtaolab.chain.Mechanism mech = spec.mechanism().override(java.util.Map.of("networkRateLimitBlocks", 0L));
            World world = WorldBuilder.build(spec, mech, r.nextLong(), true, OrderingPolicy.FEE_PRIORITY);
            Network net = world.network();
            MarketView kept = new MarketView(net);
            int[] before = new int[net.capacity()];
            double[] lastReserves = new double[0];
            int registered = 0;
            int blocks = 500 + r.nextInt(2500);
            for (int b = 1; b <= blocks; b++) {
                world.step();
                MarketView fresh = new MarketView(net);
                kept.chainStill(true);
                for (int pass = 0; pass < 2; pass++) { // the second pass reads what the first remembered
                    double[] reserves = io.dtaolab.agents.ViewPeek.sharedReserves(kept);
                    org.junit.jupiter.api.Assertions.assertArrayEquals(io.dtaolab.agents.ViewPeek.sharedReserves(fresh), reserves,
                            "world " + i + " block " + b + " reserves");
                    reservesMoved += pass == 0 && !java.util.Arrays.equals(lastReserves, reserves) ? 1 : 0;
                    lastReserves = reserves;
                    org.junit.jupiter.api.Assertions.assertArrayEquals(fresh.netuids(), kept.netuids(), "world " + i + " block " + b);
                    for (int n = 0; n < net.capacity(); n++) {
                        long salt = r.nextLong(1 << 20);
                        int hk = Trading.validatorHotkey(kept, n, salt);
                        assertEquals(Trading.validatorHotkey(fresh, n, salt), hk, "world " + i + " block " + b + " netuid " + n);
                        if (pass == 0) {
                            int first = Trading.validatorHotkey(kept, n, 0);
                            changedValidators += b > 1 && first != before[n] ? 1 : 0;
                            before[n] = first;
                        }
                        if (n > 0 && net.exists(n)) {
                            long alpha = r.nextInt(4) == 0 ? 1 + r.nextLong(1L << 40) : 1_000_000_000L;
                            long q = kept.quoteSell(n, alpha);
                            assertEquals(fresh.quoteSell(n, alpha), q, "world " + i + " block " + b + " netuid " + n + " quote");
                            assertEquals(q, kept.quoteSell(n, alpha));
                            quoteRepeats++;
                        }
                    }
                }
                kept.chainStill(false);
                if (registered < 2 && r.nextInt(200) == 0) { // a new subnet (taking a pruned one's place if the network is full)
                    registered++;
                    int ck = net.createColdkey("still-" + i + "-" + b, net.lockCost() + 1_000_000_000L);
                    try {
                        net.registerSubnet(ck, net.createHotkey("still-" + i + "-" + b, ck));
                        registrations++;
                    } catch (io.dtaolab.chain.ChainException refused) {
                        // refused (every subnet immune): the spells go on with the old subnets
                    }
                }
                int[] ids = net.netuids();
                if (ids.length > 1 && r.nextInt(40) == 0) { // two subnets trade neurons: other validators on both
                    int a = ids[r.nextInt(ids.length)];
                    int c = ids[r.nextInt(ids.length)];
                    io.dtaolab.chain.Neurons na = net.neurons(a);
                    net.setNeurons(a, net.neurons(c));
                    net.setNeurons(c, na);
                }
            }
        }
        assertTrue(changedValidators > 0, "no subnet's validators changed: the spells were never tested against a change");
        assertTrue(quoteRepeats > 0);
        assertTrue(registrations > 0, "no subnet registered between spells");
        assertTrue(reservesMoved > 100, "reserves changed between spells only " + reservesMoved + " times");
    }
}
