package io.dtaolab.analysis.detect;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Wash trading: round trips (a coldkey sells back the alpha it bought within a window) that are also either
 * repeated at one identical size — honest order sizes are continuous, scripted ones cluster — or linked to another
 * coldkey (its buy of the same TAO size lands one or two blocks before this sell: the hand-off between wash keys).
 * Score: such round trips in the window.
 */
public final class WashTradingDetector implements Detector {
    public static final String NAME = "wash-trading";
    static final long WINDOW = 1_800;
    static final double MATCH = 0.03;
    static final double SAME_SIZE = 0.001;
    static final long HANDOFF_BLOCKS = 2;

    private static final class Buy {
        final long block;
        final int coldkey;
        final double tao;
        final double alpha;
        boolean matched;

        Buy(long block, int coldkey, double tao, double alpha) {
            this.block = block;
            this.coldkey = coldkey;
            this.tao = tao;
            this.alpha = alpha;
        }
    }

    private record RoundTrip(long block, int coldkey, double tao, boolean linked) {
    }

    private static final class Book {
        final ArrayDeque<Buy> buys = new ArrayDeque<>();
        /** The same buys by coldkey, so a sell finds its own buy without scanning everyone's. */
        final Map<Integer, ArrayDeque<Buy>> buysByColdkey = new HashMap<>();
        final ArrayDeque<RoundTrip> trips = new ArrayDeque<>();
        /** Round-trip sizes in the window (multiset), for the repeated-size test. */
        final TreeMap<Double, Integer> tripSizes = new TreeMap<>();
        final ArrayDeque<double[]> volume = new ArrayDeque<>();
        double volumeSum;
    }

    private final Map<Integer, Book> books = new HashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 5;
    }

    @Override
    public void onTrade(TradeEvent t, AlarmGate gate) {
        Book b = books.computeIfAbsent(t.netuid(), n -> new Book());
        expire(b, t.block());
        b.volume.addLast(new double[] {t.block(), t.tao()});
        b.volumeSum += t.tao();
        if (t.buy()) {
            Buy buy = new Buy(t.block(), t.coldkey(), t.tao(), t.alpha());
            b.buys.addLast(buy);
            b.buysByColdkey.computeIfAbsent(t.coldkey(), k -> new ArrayDeque<>()).addLast(buy);
            return;
        }
        Buy own = null;
        ArrayDeque<Buy> mine = b.buysByColdkey.get(t.coldkey());
        if (mine != null) {
            for (Iterator<Buy> it = mine.descendingIterator(); it.hasNext(); ) {
                Buy x = it.next();
                if (!x.matched && x.block < t.block() && close(x.alpha, t.alpha())) {
                    own = x;
                    break;
                }
            }
        }
        if (own == null) {
            return;
        }
        boolean linked = false;
        // buys are in block order: only the last HANDOFF_BLOCKS blocks can be a hand-off
        for (Iterator<Buy> it = b.buys.descendingIterator(); it.hasNext() && !linked; ) {
            Buy x = it.next();
            if (t.block() - x.block > HANDOFF_BLOCKS) {
                break;
            }
            linked = !x.matched && x.block < t.block() && x.coldkey != t.coldkey() && close(x.tao, t.tao());
        }
        own.matched = true;
        b.trips.addLast(new RoundTrip(t.block(), t.coldkey(), own.tao, linked));
        b.tripSizes.merge(own.tao, 1, Integer::sum);
        if (!gate.couldMatter(t.netuid(), b.trips.size())) {
            return;
        }
        Set<Double> repeatedSizes = repeatedSizes(b);
        int suspicious = 0;
        double tripVolume = 0;
        for (RoundTrip r : b.trips) {
            if (r.linked() || repeatedSizes.contains(r.tao())) {
                suspicious++;
                tripVolume += 2 * r.tao();
            }
        }
        double share = b.volumeSum > 0 ? tripVolume / b.volumeSum : 0;
        int n = suspicious;
        double size = own.tao;
        gate.offer(t.block(), t.netuid(), suspicious, () -> evidence(b, repeatedSizes, n, share, size));
    }

    private static String evidence(Book b, Set<Double> repeatedSizes, int n, double share, double size) {
        Set<Integer> keys = new HashSet<>();
        int l = 0;
        for (RoundTrip r : b.trips) {
            if (r.linked() || repeatedSizes.contains(r.tao())) {
                keys.add(r.coldkey());
                l += r.linked() ? 1 : 0;
            }
        }
        int k = keys.size();
        return String.format(Locale.ROOT,
                "%d round trips in %d blocks by %d coldkeys (%d handed off between keys), %.0f%% of the subnet's volume; "
                        + "repeated size %.4f TAO%s", n, WINDOW, k, l, 100 * share, size,
                Math.abs(size - Math.rint(size)) < 1e-6 ? " (a round number)" : "");
    }

    /**
     * Round-trip sizes shared with another trip in the window (within {@link #SAME_SIZE} of the size): one sweep
     * over the sorted sizes, where a size repeats if it occurs twice or its nearest neighbour is close enough.
     */
    private static Set<Double> repeatedSizes(Book b) {
        Set<Double> out = new HashSet<>();
        Double prev = null;
        for (Map.Entry<Double, Integer> e : b.tripSizes.entrySet()) {
            double size = e.getKey();
            if (e.getValue() >= 2) {
                out.add(size);
            }
            if (prev != null) {
                if (size - prev <= SAME_SIZE * size) {
                    out.add(size);
                }
                if (size - prev <= SAME_SIZE * prev) {
                    out.add(prev);
                }
            }
            prev = size;
        }
        return out;
    }

    private static boolean close(double a, double b) {
        return a > 0 && Math.abs(a - b) <= MATCH * a;
    }

    private static void expire(Book b, long now) {
        while (!b.buys.isEmpty() && now - b.buys.peekFirst().block > WINDOW) {
            Buy gone = b.buys.removeFirst();
            ArrayDeque<Buy> mine = b.buysByColdkey.get(gone.coldkey);
            mine.removeFirst();
            if (mine.isEmpty()) {
                b.buysByColdkey.remove(gone.coldkey);
            }
        }
        while (!b.trips.isEmpty() && now - b.trips.peekFirst().block() > WINDOW) {
            RoundTrip gone = b.trips.removeFirst();
            b.tripSizes.merge(gone.tao(), -1, (x, y) -> x + y == 0 ? null : x + y);
        }
        while (!b.volume.isEmpty() && now - b.volume.peekFirst()[0] > WINDOW) {
            b.volumeSum -= b.volume.removeFirst()[1];
        }
    }
}
