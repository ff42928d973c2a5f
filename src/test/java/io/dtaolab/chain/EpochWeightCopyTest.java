package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.chain.epoch.YumaInputs;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Epochs} copies a validator's weight row into the epoch inputs only when {@link Neurons#weightWrites} says it
 * changed: after every epoch the inputs must hold, bit for bit, every validator's row as the neurons hold it (the
 * plain rule copied it every epoch). Random re-votes with the same row, changed rows, −0.0 against +0.0, rows of
 * zeros and uid replacements, on short tempos.
 */
class EpochWeightCopyTest {

    @Test
    void inputsHoldEveryValidatorRowAsSet() throws Exception {
        SplittableRandom rnd = new SplittableRandom(1205);
        Field weights = YumaInputs.class.getDeclaredField("weights");
        weights.setAccessible(true);
        long same = 0;
        long changed = 0;
        long checked = 0;
        for (int world = 0; world < 12; world++) {
            Mechanism m = Presets.get(Presets.CURRENT).override(Map.of("tempo", 3 + rnd.nextInt(20)));
            Network net = TestNetworks.synthetic(m, 2 + rnd.nextInt(5), rnd.nextLong());
            Subnets s = net.subnets;
            for (int block = 0; block < 600; block++) {
                for (int n = 1; n < s.capacity; n++) {
                    Neurons ns = s.exists[n] ? s.neurons[n] : null;
                    if (ns == null || rnd.nextInt(4) != 0) {
                        continue;
                    }
                    int uid = rnd.nextInt(ns.size());
                    if (ns.isValidator(uid) && uid > 0) {
                        int before = ns.weightWrites(uid);
                        double[] row = rnd.nextInt(3) == 0 ? ns.weightsOf(uid) : randomRow(ns.size(), rnd);
                        net.setAggregateWeights(ns.hotkey(uid), n, row);
                        if (ns.weightWrites(uid) == before) {
                            same++;
                        } else {
                            changed++;
                        }
                    } else if (!ns.isValidator(uid) && rnd.nextInt(20) == 0) {
                        ns.replace(uid, ns.hotkey(uid), net.block());
                    }
                }
                long lastBlock = net.block();
                net.step();
                for (int n = 1; n < s.capacity; n++) {
                    Neurons ns = s.exists[n] ? s.neurons[n] : null;
                    if (ns == null || s.lastEpochBlock[n] <= lastBlock) {
                        continue;
                    }
                    Epochs.Slot slot = ns.epochState();
                    double[][] copied = (double[][]) weights.get(slot.inputs);
                    for (int uid = 0; uid < ns.size(); uid++) {
                        if (ns.isValidator(uid)) {
                            double[] expected = ns.weightMatrix()[uid];
                            for (int j = 0; j < expected.length; j++) {
                                assertEquals(Double.doubleToRawLongBits(expected[j]), Double.doubleToRawLongBits(copied[uid][j]),
                                        "world " + world + " block " + net.block() + " subnet " + n + " uid " + uid);
                            }
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(same > 500, "re-votes with the same row: " + same);
        assertTrue(changed > 500, "changed rows: " + changed);
        assertTrue(checked > 2_000, "rows checked after an epoch: " + checked);
    }

    /** Non-negative weights, now and then −0.0 or zeros only. */
    private static double[] randomRow(int n, SplittableRandom rnd) {
        double[] row = new double[n];
        int kind = rnd.nextInt(6);
        for (int j = 0; j < n; j++) {
            if (kind == 0) {
                row[j] = rnd.nextBoolean() ? -0.0 : 0.0;
            } else if (rnd.nextInt(2) == 0) {
                row[j] = kind == 1 && rnd.nextBoolean() ? -0.0 : rnd.nextInt(3) == 0 ? 1.0 : rnd.nextDouble();
            }
        }
        return row;
    }
}
