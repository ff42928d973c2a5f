package io.dtaolab.analysis.detect;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Pump and dump: the price rises far beyond its own recent volatility while a few coldkeys do most of the buying.
 * Prices are sampled at the last trade of each {@value #BUCKET}-block bucket. Score: the run-up over the last
 * {@value #RUN_UP_BUCKETS} buckets in units of the volatility before it, times the top-3 buyers' share of the buying,
 * scaled down for run-ups below {@value #MIN_RISE} and for fewer than {@value #REPEATED_BUYS} buys by those three
 * (one large honest order in a thin pool is neither concentrated buying nor a campaign). Once alarmed, the reversal (half the gain given back) is
 * reported as a second alarm.
 */
public final class PumpDumpDetector implements Detector {
    public static final String NAME = "pump-and-dump";
    static final long BUCKET = 60;
    static final int RUN_UP_BUCKETS = 12;
    static final int HISTORY_BUCKETS = 240;
    static final int MIN_HISTORY = 24;
    static final double MIN_SIGMA = 0.002;
    static final double MIN_RISE = 0.05;
    static final int REPEATED_BUYS = 12;

    private record Buy(long block, int coldkey, double tao) {
    }

    private static final class Book {
        long bucket = -1;
        double last;
        /** The last {@link #HISTORY_BUCKETS} bucket closes, oldest first from {@code closeStart} (a ring). */
        final double[] closes = new double[HISTORY_BUCKETS];
        int closeStart;
        int closeCount;
        final ArrayDeque<Buy> buys = new ArrayDeque<>();
        /** TAO bought and number of buys per coldkey over {@link #buys}, kept as buys enter and leave the window. */
        final Map<Integer, double[]> byBuyer = new HashMap<>();
        /** Lowest close of the run-up window and the volatility before it; they change only when a bucket closes. */
        long statsBucket = -1;
        double lowClose;
        double sigma;
        double alarmLow;
        double alarmPeak;
        double alarmScore;
    }

    private final Map<Integer, Book> books = new HashMap<>();
    /** Closes of the book being scored, oldest first; reused (one detector per world, one thread). */
    private double[] closeScratch = new double[0];

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 6;
    }

    @Override
    public void onTrade(TradeEvent t, AlarmGate gate) {
        Book b = books.computeIfAbsent(t.netuid(), n -> new Book());
        long bucket = t.block() / BUCKET;
        if (b.bucket < 0) {
            b.bucket = bucket;
            b.last = t.priceBefore();
        }
        while (b.bucket < bucket) {
            if (b.closeCount < HISTORY_BUCKETS) {
                b.closes[(b.closeStart + b.closeCount++) % HISTORY_BUCKETS] = b.last;
            } else {
                b.closes[b.closeStart] = b.last;
                b.closeStart = (b.closeStart + 1) % HISTORY_BUCKETS;
            }
            b.bucket++;
        }
        b.last = t.priceAfter();
        if (t.buy()) {
            b.buys.addLast(new Buy(t.block(), t.coldkey(), t.tao()));
            double[] v = b.byBuyer.computeIfAbsent(t.coldkey(), k -> new double[2]);
            v[0] += t.tao();
            v[1]++;
        }
        while (!b.buys.isEmpty() && t.block() - b.buys.peekFirst().block() > RUN_UP_BUCKETS * BUCKET) {
            Buy gone = b.buys.removeFirst();
            double[] v = b.byBuyer.get(gone.coldkey());
            v[0] -= gone.tao();
            if (--v[1] == 0) {
                b.byBuyer.remove(gone.coldkey());
            }
        }
        if (b.alarmPeak > 0) {
            reversal(b, t, gate);
        }
        if (b.closeCount < MIN_HISTORY + RUN_UP_BUCKETS || !(b.last > 0)) {
            return;
        }
        if (b.statsBucket != b.bucket) {
            double[] c = closesInOrder(b);
            int split = c.length - RUN_UP_BUCKETS;
            double lowClose = Double.POSITIVE_INFINITY;
            for (int i = split; i < c.length; i++) {
                lowClose = Math.min(lowClose, c[i]);
            }
            b.lowClose = lowClose;
            b.sigma = Math.max(MIN_SIGMA, volatility(c, split));
            b.statsBucket = b.bucket;
        }
        double low = Math.min(b.last, b.lowClose);
        double rise = b.last / low - 1;
        if (!(rise > 0)) {
            return;
        }
        double sigma = b.sigma;
        double z = Math.log(b.last / low) / (sigma * Math.sqrt(RUN_UP_BUCKETS));
        // concentration and repetition are at most 1: skip them when even a full score could not matter
        if (!gate.couldMatter(t.netuid(), z * Math.min(1, rise / MIN_RISE))) {
            return;
        }
        double[] top = topThree(b.byBuyer);
        double concentration = top[0];
        double repeated = Math.min(1, top[1] / REPEATED_BUYS);
        double score = z * concentration * repeated * Math.min(1, rise / MIN_RISE);
        double s = sigma;
        double from = low;
        // the evidence is built only when the gate raises the alarm: that is also when the reversal watch starts
        gate.offer(t.block(), t.netuid(), score, () -> {
            b.alarmLow = from;
            b.alarmPeak = b.last;
            b.alarmScore = score;
            return String.format(Locale.ROOT, "price up %.1f%% in %d blocks = %.1f× its own volatility (%.2f%% per %d "
                    + "blocks); top 3 buyers %.0f%% of the buying", 100 * rise, RUN_UP_BUCKETS * BUCKET, z, 100 * s,
                    BUCKET, 100 * concentration);
        });
    }

    private static void reversal(Book b, TradeEvent t, AlarmGate gate) {
        b.alarmPeak = Math.max(b.alarmPeak, b.last);
        double gain = b.alarmPeak - b.alarmLow;
        if (gain > 0 && b.last <= b.alarmPeak - gain / 2) {
            double peak = b.alarmPeak;
            double last = b.last;
            b.alarmPeak = 0;
            gate.offer(t.block(), t.netuid(), b.alarmScore, () -> String.format(Locale.ROOT,
                    "reversal: price fell from %.6f to %.6f TAO, giving back half the run-up (dump)", peak, last));
        }
    }

    private double[] closesInOrder(Book b) {
        if (closeScratch.length != b.closeCount) {
            closeScratch = new double[b.closeCount];
        }
        for (int i = 0; i < b.closeCount; i++) {
            closeScratch[i] = b.closes[(b.closeStart + i) % HISTORY_BUCKETS];
        }
        return closeScratch;
    }

    private static double volatility(double[] c, int end) {
        int n = 0;
        double sum = 0;
        double sq = 0;
        for (int i = 1; i < end; i++) {
            if (c[i - 1] > 0 && c[i] > 0) {
                double r = Math.log(c[i] / c[i - 1]);
                sum += r;
                sq += r * r;
                n++;
            }
        }
        if (n < 2) {
            return 0;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sq / n - mean * mean));
    }

    /**
     * Share of the buying by the three largest buyers, and how many buys they made. Ties between equal totals go
     * to the lower coldkey so the result never depends on map order.
     */
    private static double[] topThree(Map<Integer, double[]> by) {
        int[] keys = new int[3];
        double[] tao = {-1, -1, -1};
        double[] count = new double[3];
        double total = 0;
        for (Map.Entry<Integer, double[]> e : by.entrySet()) {
            double v = e.getValue()[0];
            int k = e.getKey();
            total += v;
            for (int i = 0; i < 3; i++) {
                if (v > tao[i] || (v == tao[i] && k < keys[i])) {
                    for (int j = 2; j > i; j--) {
                        tao[j] = tao[j - 1];
                        keys[j] = keys[j - 1];
                        count[j] = count[j - 1];
                    }
                    tao[i] = v;
                    keys[i] = k;
                    count[i] = e.getValue()[1];
                    break;
                }
            }
        }
        double topTao = 0;
        double topCount = 0;
        for (int i = 0; i < 3; i++) {
            if (tao[i] >= 0) {
                topTao += tao[i];
                topCount += count[i];
            }
        }
        return new double[] {total > 0 ? topTao / total : 0, topCount};
    }
}
