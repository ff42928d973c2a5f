package io.dtaolab.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Collusion's burn floor and colluding count, scanned from columns by slot, give every score, alarm and evidence text
 * bit for bit as the plain version that scans a map of records per weight set (kept below as the reference), under
 * random weight sets on three subnets (more validators per subnet than the columns' first size, stale ones, owners
 * holding several, burns above and below the floor).
 */
class CollusionColumnsTest {
    @Test
    void scoresAsTheMapOfRecordsDoes() throws Exception {
        SplittableRandom rng = new SplittableRandom(11);
        List<Alarm> fast = new ArrayList<>();
        List<Alarm> plain = new ArrayList<>();
        ScoreTrace fastTrace = new ScoreTrace();
        ScoreTrace plainTrace = new ScoreTrace();
        AlarmGate fastGate = new AlarmGate(CollusionDetector.NAME, 1.0, fast::add, fastTrace);
        AlarmGate plainGate = new AlarmGate(CollusionDetector.NAME, 1.0, plain::add, plainTrace);
        CollusionDetector detector = new CollusionDetector();
        Reference reference = new Reference();
        long block = 0;
        for (int step = 0; step < 30_000; step++) {
            block += 10; // one weight set per score bucket: the traces then hold every score offered
            int netuid = 1 + rng.nextInt(3);
            int hotkey = rng.nextInt(rng.nextInt(10) == 0 ? 150 : 40);
            double[] row = new double[8];
            for (int i = 0; i < row.length; i++) {
                row[i] = rng.nextInt(3) == 0 ? 0 : rng.nextDouble();
            }
            if (rng.nextBoolean()) {
                row[0] = rng.nextDouble() * 5;
            }
            WeightEvent w = new WeightEvent(block, netuid, hotkey, rng.nextInt(12), rng.nextInt(12), row,
                    rng.nextInt(3) == 0 ? rng.nextDouble() : rng.nextDouble() * 0.2);
            detector.onWeights(w, fastGate);
            reference.onWeights(w, plainGate);
        }
        assertTrue(plain.size() > 100, "alarms " + plain.size());
        assertEquals(plain, fast);
        assertEquals(plainGate.maxScores(), fastGate.maxScores());
        Field f = ScoreTrace.class.getDeclaredField("bySubnet");
        f.setAccessible(true);
        Object expected = f.get(plainTrace);
        assertTrue(((Map<?, ?>) expected).values().stream().mapToInt(m -> ((TreeMap<?, ?>) m).size()).sum() > 1_000);
        assertEquals(expected, f.get(fastTrace));
    }

    /** The detector before the columns: a map of records per subnet, scanned for the floor and the count. */
    private static final class Reference implements Detector {
        /** A validator's latest weights; {@code burn}: the row's share on uid 0, taken once rather than at every scan. */
        private record Latest(long block, int hotkeyOwner, double[] row, double ownerShare, double burn) {
        }

        /** Per subnet, by validator hotkey (a HashMap: the order of its values is the order the score sums in). */
        private final PerSubnet<Map<Integer, Latest>> latest = new PerSubnet<>(HashMap::new);

        @Override
        public String name() {
            return CollusionDetector.NAME;
        }

        @Override
        public double defaultThreshold() {
            return 2.25;
        }

        @Override
        public void onWeights(WeightEvent w, AlarmGate gate) {
            Map<Integer, Latest> byHotkey = latest.getOrCreate(w.netuid());
            byHotkey.put(w.hotkey(), new Latest(w.block(), w.hotkeyOwner(), w.row(), w.ownerShare(),
                    w.row().length > 0 ? w.row()[0] / sum(w.row()) : 0));
            double floor = Double.POSITIVE_INFINITY;
            for (Latest l : byHotkey.values()) {
                if (w.block() - l.block() <= CollusionDetector.STALE_BLOCKS) {
                    floor = Math.min(floor, burnShare(l));
                }
            }
            // the usual weight set finds fewer than two colluding validators: counted first, nothing built for it
            int count = 0;
            for (Latest l : byHotkey.values()) {
                if (w.block() - l.block() <= CollusionDetector.STALE_BLOCKS && ownerDirected(l, floor) >= CollusionDetector.OWNER_SHARE) {
                    count++;
                }
            }
            if (count < 2) {
                return;
            }
            List<Latest> colluding = new ArrayList<>();
            Map<Integer, Integer> perColdkey = new HashMap<>();
            for (Latest l : byHotkey.values()) {
                if (w.block() - l.block() <= CollusionDetector.STALE_BLOCKS && ownerDirected(l, floor) >= CollusionDetector.OWNER_SHARE) {
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
            return l.ownerShare() + Math.max(0, burnShare(l) - burnFloor);
        }

        private static double burnShare(Latest l) {
            return l.burn();
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
}
