package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Rao;
import io.dtaolab.chain.Presets;
import io.dtaolab.chain.StakeRow;
import io.dtaolab.scenario.StrategySpec;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Marking merges each coldkey's stake row with its agent's book in one pass: over random small worlds per preset
 * (every honest type, adversaries, subnets dissolving and registering), every marking equals the one that reads every
 * position the books hold one by one ({@link Network#stake}), to the last bit, and so does every agent's holdings.
 * The worlds do hold positions the books do not know (claimed alpha, owners' earnings: skipped) and book positions
 * without shares (adding 0), so both sides of the merge are exercised; books known to cover their coldkey's row (marked
 * from the row alone) lose that cover when a position they do not know enters it.
 */
class MarkingPropertyTest {
    static final int WORLDS_PER_PRESET = 40;

    static List<String> presets() {
        return Presets.names();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void markingEqualsReadingEveryBookPosition(String preset) {
        SplittableRandom r = new SplittableRandom(preset.hashCode() * 31L + 7);
        int empty = 0;
        int unknown = 0;
        long covered = 0;
        long merged = 0;
        long uncovered = 0;
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
                        for (int c : world.agents().get(a).coldkeys()) {
                            readsEqualReadsPerPosition(world, c, r, what + ", coldkey " + c);
                        }
                    }
                }
            }
            covered += world.coveredMarks;
            merged += world.mergedMarks;
            uncovered += world.uncovered;
            Network net = world.network();
            StakeRow row = new StakeRow();
            for (int a = 0; a < world.agents().size(); a++) {
                AgentBook book = world.book(a);
                java.util.Set<Long> known = new java.util.HashSet<>();
                for (int k = 0; k < book.positionCount; k++) {
                    long key = book.positions[k];
                    known.add(key);
                    empty += net.holdsShares(AgentBook.coldkey(key), AgentBook.hotkey(key), AgentBook.netuid(key)) ? 0 : 1;
                }
                for (int c : world.agents().get(a).coldkeys()) {
                    net.stakesOf(c, row);
                    for (int j = 0; j < row.size(); j++) {
                        unknown += known.contains(AgentBook.key(c, row.hotkey(j), row.netuid(j))) ? 0 : 1;
                    }
                }
            }
        }
        // the property means something only if both kinds of mismatch between books and rows occur
        org.junit.jupiter.api.Assertions.assertTrue(empty > 0, preset + ": no book position without shares");
        org.junit.jupiter.api.Assertions.assertTrue(unknown > 0, preset + ": no held position the books do not know");
        // markings of a row alone (a book known to cover it), merges, and covers lost to a position the book missed
        org.junit.jupiter.api.Assertions.assertTrue(covered > 0 && merged > 0 && uncovered > 0,
                preset + ": covered " + covered + ", merged " + merged + ", uncovered " + uncovered);
    }

    /** {@link World#honestValueAtSpot} as a read of every position every book holds. */
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

    /**
     * An agent's one-pass read ({@link MarketView#readStakes}) of one position per netuid, in shuffled order, whose
     * hotkey is one the coldkey holds shares through, its trading validator, another neuron or none, equals a read per
     * position.
     */
    private static void readsEqualReadsPerPosition(World world, int c, SplittableRandom r, String what) {
        Network net = world.network();
        MarketView view = new MarketView(net);
        StakeRow row = new StakeRow();
        net.stakesOf(c, row);
        java.util.List<int[]> asked = new java.util.ArrayList<>();
        for (int n = 0; n < net.capacity(); n++) {
            int hk = switch (r.nextInt(4)) {
                case 0 -> -1;
                case 1 -> net.neurons(n) == null || net.neurons(n).size() == 0 ? -1
                        : net.neurons(n).hotkey(r.nextInt(net.neurons(n).size()));
                default -> {
                    int held = -1;
                    for (int j = 0; j < row.size(); j++) {
                        held = row.netuid(j) == n && (held < 0 || r.nextBoolean()) ? row.hotkey(j) : held;
                    }
                    yield held >= 0 ? held : n > 0 ? Trading.validatorHotkey(view, n, c) : -1;
                }
            };
            if (r.nextInt(3) > 0) {
                asked.add(new int[] {n, hk});
            }
        }
        java.util.Collections.shuffle(asked, new java.util.Random(r.nextLong()));
        int k = asked.size();
        int[] netuids = new int[k];
        int[] hotkeys = new int[k];
        for (int i = 0; i < k; i++) {
            netuids[i] = asked.get(i)[0];
            hotkeys[i] = asked.get(i)[1];
        }
        long[] stakes = new long[k];
        view.readStakes(c, netuids, hotkeys, k, stakes);
        for (int i = 0; i < k; i++) {
            long expected = hotkeys[i] < 0 || !net.holdsShares(c, hotkeys[i], netuids[i]) ? MarketView.NO_SHARES
                    : net.stake(c, hotkeys[i], netuids[i]);
            assertEquals(expected, stakes[i], what + " position " + netuids[i] + "/" + hotkeys[i]);
        }
    }
}
