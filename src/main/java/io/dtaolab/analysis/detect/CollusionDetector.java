package io.dtaolab.analysis.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collusion: validators whose latest weights put most of their weight on hotkeys the subnet owner's coldkey owns
 * (its miners, or uid 0 beyond what the subnet's least-withholding validator puts there — weight on uid 0 withholds
 * miner emission, which shows up as MinerBurned; honest validators put the subnet's public burn share there, a cartel
 * without miners of its own can only withhold more) and whose weight vectors point the same way. Validators the owner holds, or several held by one coldkey, add to the score.
 * Score: colluding validators × their mean pairwise cosine similarity + ½ per owner-linked validator.
 */
public final class CollusionDetector implements Detector {
    public static final String NAME = "collusion";
    static final double OWNER_SHARE = 0.5;
    static final long STALE_BLOCKS = 720;

    /**
     * One subnet's validators by slot (in order of first weight set): hotkey, latest weight set's block, owner, row,
     * burn (the row's share on uid 0, taken once rather than at every scan) and owner share, in columns. A weight set
     * finds its slot by a scan of the hotkey column and every weight set scans the block, burn and owner-share columns
     * for the burn floor and the count of colluding validators (a minimum and a count: any order gives the same bits).
     * The rare scoring sums in the order of a HashMap by hotkey (its iteration order, set by which keys it holds, is
     * what the sums have always followed), which is kept for that alone: a key is put once, when first seen.
     */
    private static final class Validators {
        final Map<Integer, Integer> slotByHotkey = new HashMap<>();
        int[] hotkey = new int[64];
        long[] block = new long[64];
        int[] owner = new int[64];
        double[][] row = new double[64][];
        double[] burn = new double[64];
        double[] ownerShare = new double[64];
        int size;

        int slot(int hk) {
            for (int i = 0; i < size; i++) {
                if (hotkey[i] == hk) {
                    return i;
                }
            }
            if (size == block.length) {
                int n = 2 * size;
                hotkey = Arrays.copyOf(hotkey, n);
                block = Arrays.copyOf(block, n);
                owner = Arrays.copyOf(owner, n);
                row = Arrays.copyOf(row, n);
                burn = Arrays.copyOf(burn, n);
                ownerShare = Arrays.copyOf(ownerShare, n);
            }
            hotkey[size] = hk;
            slotByHotkey.put(hk, size);
            return size++;
        }

        double ownerDirected(int i, double floor) {
            return CollusionDetector.ownerDirected(ownerShare[i], burn[i], floor);
        }
    }

    private final PerSubnet<Validators> latest = new PerSubnet<>(Validators::new);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 2.25;
    }

    @Override
    public void onWeights(WeightEvent w, AlarmGate gate) {
        Validators vs = latest.getOrCreate(w.netuid());
        int slot = vs.slot(w.hotkey());
        vs.block[slot] = w.block();
        vs.owner[slot] = w.hotkeyOwner();
        vs.row[slot] = w.row();
        vs.burn[slot] = w.row().length > 0 ? w.row()[0] / sum(w.row()) : 0;
        vs.ownerShare[slot] = w.ownerShare();
        double floor = Double.POSITIVE_INFINITY;
        for (int i = 0; i < vs.size; i++) {
            if (w.block() - vs.block[i] <= STALE_BLOCKS) {
                floor = Math.min(floor, vs.burn[i]);
            }
        }
        // the usual weight set finds fewer than two colluding validators: counted first, nothing built for it
        int count = 0;
        for (int i = 0; i < vs.size; i++) {
            if (w.block() - vs.block[i] <= STALE_BLOCKS && vs.ownerDirected(i, floor) >= OWNER_SHARE) {
                count++;
            }
        }
        if (count < 2) {
            return;
        }
        List<Integer> colluding = new ArrayList<>();
        Map<Integer, Integer> perColdkey = new HashMap<>();
        for (int i : vs.slotByHotkey.values()) {
            if (w.block() - vs.block[i] <= STALE_BLOCKS && vs.ownerDirected(i, floor) >= OWNER_SHARE) {
                colluding.add(i);
                perColdkey.merge(vs.owner[i], 1, Integer::sum);
            }
        }
        double cos = meanCosine(vs, colluding);
        int linked = 0;
        double burned = 0;
        double share = 0;
        for (int i : colluding) {
            linked += vs.owner[i] == w.subnetOwner() || perColdkey.get(vs.owner[i]) > 1 ? 1 : 0;
            burned += vs.burn[i];
            share += vs.ownerDirected(i, floor);
        }
        int n = colluding.size();
        int k = linked;
        double score = n * cos + 0.5 * linked;
        double meanShare = share / n;
        double meanBurn = burned / n;
        gate.offer(w.block(), w.netuid(), score, () -> String.format(Locale.ROOT,
                "%d validators put %.0f%% of their weight on the owner's hotkeys and uid 0 (cosine similarity %.2f), %d owner-linked; "
                        + "%.0f%% on the owner hotkey: miner emission withheld (MinerBurned)", n, 100 * meanShare, cos,
                k, 100 * meanBurn));
    }

    /** Share of the row on the owner's miners plus the owner hotkey (uid 0) above the subnet's burn floor. */
    private static double ownerDirected(double ownerShare, double burn, double burnFloor) {
        return ownerShare + Math.max(0, burn - burnFloor);
    }

    private static double meanCosine(Validators vs, List<Integer> slots) {
        double total = 0;
        int pairs = 0;
        for (int i = 0; i < slots.size(); i++) {
            for (int j = i + 1; j < slots.size(); j++) {
                total += cosine(vs.row[slots.get(i)], vs.row[slots.get(j)]);
                pairs++;
            }
        }
        return pairs == 0 ? 0 : total / pairs;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
    }

    private static double sum(double[] row) {
        double s = 0;
        for (double v : row) {
            s += v;
        }
        return s > 0 ? s : 1;
    }
}
