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
     * A validator's latest weights; {@code burn}: the row's share on uid 0, taken once rather than at every scan;
     * {@code slot}: its place in the subnet's columns.
     */
    private record Latest(long block, int hotkeyOwner, double[] row, double ownerShare, double burn, int slot) {
    }

    /**
     * One subnet's validators: the latest weights by hotkey (a HashMap: the order of its values is the order the score
     * sums in) and, by slot, the three numbers every weight set scans for the burn floor and the count of colluding
     * validators (a minimum and a count: any order gives the same bits), in columns rather than behind a map entry
     * and a record each.
     */
    private static final class Validators {
        final Map<Integer, Latest> byHotkey = new HashMap<>();
        long[] block = new long[64];
        double[] burn = new double[64];
        double[] ownerShare = new double[64];
        int size;

        int slot(int hotkey) {
            Latest l = byHotkey.get(hotkey);
            if (l != null) {
                return l.slot();
            }
            if (size == block.length) {
                block = Arrays.copyOf(block, 2 * size);
                burn = Arrays.copyOf(burn, 2 * size);
                ownerShare = Arrays.copyOf(ownerShare, 2 * size);
            }
            return size++;
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
        Map<Integer, Latest> byHotkey = vs.byHotkey;
        int slot = vs.slot(w.hotkey());
        double burn = w.row().length > 0 ? w.row()[0] / sum(w.row()) : 0;
        byHotkey.put(w.hotkey(), new Latest(w.block(), w.hotkeyOwner(), w.row(), w.ownerShare(), burn, slot));
        vs.block[slot] = w.block();
        vs.burn[slot] = burn;
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
            if (w.block() - vs.block[i] <= STALE_BLOCKS
                    && ownerDirected(vs.ownerShare[i], vs.burn[i], floor) >= OWNER_SHARE) {
                count++;
            }
        }
        if (count < 2) {
            return;
        }
        List<Latest> colluding = new ArrayList<>();
        Map<Integer, Integer> perColdkey = new HashMap<>();
        for (Latest l : byHotkey.values()) {
            if (w.block() - l.block() <= STALE_BLOCKS && ownerDirected(l, floor) >= OWNER_SHARE) {
                colluding.add(l);
                perColdkey.merge(l.hotkeyOwner(), 1, Integer::sum);
            }
        }
        double cos = meanCosine(colluding);
        int linked = 0;
        double burned = 0;
        double share = 0;
        for (Latest l : colluding) {
            linked += l.hotkeyOwner() == w.subnetOwner() || perColdkey.get(l.hotkeyOwner()) > 1 ? 1 : 0;
            burned += l.burn();
            share += ownerDirected(l, floor);
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
    private static double ownerDirected(Latest l, double burnFloor) {
        return ownerDirected(l.ownerShare(), l.burn(), burnFloor);
    }

    private static double ownerDirected(double ownerShare, double burn, double burnFloor) {
        return ownerShare + Math.max(0, burn - burnFloor);
    }

    private static double meanCosine(List<Latest> ls) {
        double total = 0;
        int pairs = 0;
        for (int i = 0; i < ls.size(); i++) {
            for (int j = i + 1; j < ls.size(); j++) {
                total += cosine(ls.get(i).row(), ls.get(j).row());
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
