package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The last-epoch schedule as {@link Epochs} runs it (it skips looking at the subnets until the earliest next epoch)
 * against the plain rule, block by block: a subnet with neurons whose block − LastEpochBlock reached its tempo runs its
 * epoch, at most two a block in netuid order. Random networks with short tempos (so that epochs collide and wait),
 * subnets registered over pruned ones, neurons removed and set again (an overdue subnet then runs at once), blocks
 * of varying emission.
 */
class EpochScheduleTest {

    @Test
    void epochsRunWhenThePlainRuleSays() {
        SplittableRandom rnd = new SplittableRandom(2026);
        long epochs = 0;
        long registrations = 0;
        for (int world = 0; world < 24; world++) {
            int tempo = 3 + rnd.nextInt(40);
            Mechanism m = Presets.get(Presets.CURRENT).override(Map.of("tempo", tempo, "networkRateLimitBlocks", 0,
                    "networkImmunityBlocks", rnd.nextInt(50), "subnetLimit", 4 + rnd.nextInt(12)));
            Network net = TestNetworks.synthetic(m, 2 + rnd.nextInt(10), rnd.nextLong());
            Subnets s = net.subnets;
            int owner = net.createColdkey("owner", 5_000_000L * Rao.PER_TAO);
            for (int block = 0; block < 1500; block++) {
                if (rnd.nextInt(60) == 0) {
                    registrations += register(net, owner, rnd) ? 1 : 0;
                }
                if (rnd.nextInt(40) == 0) {
                    replaceNeurons(net, rnd);
                }
                long[] expected = plainRule(net);
                if (rnd.nextInt(3) == 0) {
                    net.beginBlockWithEmission(rnd.nextLong(2_000_000_000L));
                    net.endBlock();
                } else {
                    net.step();
                }
                long[] actual = java.util.Arrays.copyOf(s.lastEpochBlock, s.capacity);
                assertArrayEquals(expected, actual, "world " + world + " block " + net.block());
                for (int n = 1; n < s.capacity; n++) {
                    epochs += s.exists[n] && actual[n] == net.block() ? 1 : 0;
                }
            }
        }
        assertTrue(epochs > 5_000, "epochs " + epochs);
        assertTrue(registrations > 50, "registrations " + registrations);
    }

    /** Every subnet's LastEpochBlock after the next block by the plain rule, from the state before it. */
    private static long[] plainRule(Network net) {
        Subnets s = net.subnets;
        long block = net.block() + 1;
        long[] last = java.util.Arrays.copyOf(s.lastEpochBlock, s.capacity);
        int ran = 0;
        for (int n = 1; n < s.capacity && ran < 2; n++) {
            int tempo = s.tempo[n] > 0 ? s.tempo[n] : net.mechanism().tempo();
            if (s.exists[n] && s.neurons[n] != null && block - last[n] >= tempo) {
                last[n] = block;
                ran++;
            }
        }
        return last;
    }

    private static boolean register(Network net, int owner, SplittableRandom rnd) {
        int hotkey = net.createHotkey("owner-hk", owner);
        try {
            net.registerSubnet(owner, hotkey);
            return true;
        } catch (ChainException refused) {
            return false; // every subnet immune, or the lock unaffordable
        }
    }

    /** New neurons on a random existing subnet (their weights set, so its epochs pay out). */
    private static void replaceNeurons(Network net, SplittableRandom rnd) {
        int[] netuids = net.netuids();
        if (netuids.length == 0) {
            return;
        }
        int netuid = netuids[rnd.nextInt(netuids.length)];
        if (rnd.nextBoolean()) {
            net.setNeurons(netuid, null); // no epochs until neurons are set again, then at once if overdue
            return;
        }
        int size = 2 + rnd.nextInt(4);
        int[] hotkeys = new int[size];
        boolean[] validator = new boolean[size];
        int coldkey = net.createColdkey("n", 0);
        for (int i = 0; i < size; i++) {
            hotkeys[i] = net.createHotkey("n" + i, coldkey);
            validator[i] = i == 0;
        }
        net.setNeurons(netuid, new Neurons(hotkeys, validator, net.block()));
        double[] weights = new double[size];
        java.util.Arrays.fill(weights, 1.0);
        try {
            net.setWeights(hotkeys[0], netuid, weights);
        } catch (ChainException refused) {
            // weights refused (e.g. rate limit): the epoch runs without them
        }
    }
}
