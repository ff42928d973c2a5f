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

    /** Trips of one size in the window; {@code repeated} says whether the size counts as repeated right now. */
    private static final class SizeCount {
        int trips;
        int linked;
        boolean repeated;

        /** How many of these trips are suspicious. */
        int suspicious() {
            return repeated ? trips : linked;
        }
    }

    private static final class Book {
        final ArrayDeque<Buy> buys = new ArrayDeque<>();
        /** The same buys by coldkey, so a sell finds its own buy without scanning everyone's. */
        final Map<Integer, ArrayDeque<Buy>> buysByColdkey = new HashMap<>();
        final ArrayDeque<RoundTrip> trips = new ArrayDeque<>();
        /** Round-trip sizes in the window with their trip counts, for the repeated-size test. */
        final TreeMap<Double, SizeCount> tripSizes = new TreeMap<>();
        /** Trips in the window that are linked or of a repeated size: the score, kept as trips enter and leave. */
        int suspicious;
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
        addTrip(b, own.tao, linked);
        if (!gate.couldMatter(t.netuid(), b.trips.size())) {
            return;
        }
        int n = b.suspicious;
        double size = own.tao;
        gate.offer(t.block(), t.netuid(), n, () -> evidence(b, n, size));
    }

    private static String evidence(Book b, int n, double size) {
        Set<Double> repeatedSizes = repeatedSizes(b);
        double tripVolume = 0;
        for (RoundTrip r : b.trips) {
            if (r.linked() || repeatedSizes.contains(r.tao())) {
                tripVolume += 2 * r.tao();
            }
        }
        double share = b.volumeSum > 0 ? tripVolume / b.volumeSum : 0;
        return evidence(b, repeatedSizes, n, share, size);
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
     * Only for the evidence text; the score keeps the same test per size as trips come and go ({@link #addTrip}).
     */
    private static Set<Double> repeatedSizes(Book b) {
        Set<Double> out = new HashSet<>();
        for (Map.Entry<Double, SizeCount> e : b.tripSizes.entrySet()) {
            if (e.getValue().repeated) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static void addTrip(Book b, double size, boolean linked) {
        SizeCount c = b.tripSizes.get(size);
        if (c == null) {
            c = new SizeCount();
            b.tripSizes.put(size, c);
        }
        b.suspicious -= c.suspicious();
        c.trips++;
        c.linked += linked ? 1 : 0;
        b.suspicious += c.suspicious();
        // a new size can only change its own status and its two neighbours'
        refresh(b, size);
        refresh(b, b.tripSizes.lowerKey(size));
        refresh(b, b.tripSizes.higherKey(size));
    }

    private static void removeTrip(Book b, double size, boolean linked) {
        SizeCount c = b.tripSizes.get(size);
        b.suspicious -= c.suspicious();
        c.trips--;
        c.linked -= linked ? 1 : 0;
        if (c.trips > 0) {
            b.suspicious += c.suspicious();
            refresh(b, size);
            return;
        }
        b.tripSizes.remove(size);
        refresh(b, b.tripSizes.lowerKey(size));
        refresh(b, b.tripSizes.higherKey(size));
    }

    /** Re-tests one size: repeated if it occurs twice or a neighbouring size is within SAME_SIZE of it. */
    private static void refresh(Book b, Double size) {
        if (size == null) {
            return;
        }
        SizeCount c = b.tripSizes.get(size);
        Double lower = b.tripSizes.lowerKey(size);
        Double higher = b.tripSizes.higherKey(size);
        boolean repeated = c.trips >= 2 || (lower != null && size - lower <= SAME_SIZE * size)
                || (higher != null && higher - size <= SAME_SIZE * size);
        b.suspicious += (repeated ? c.trips : c.linked) - c.suspicious();
        c.repeated = repeated;
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
            removeTrip(b, gone.tao(), gone.linked());
        }
        while (!b.volume.isEmpty() && now - b.volume.peekFirst()[0] > WINDOW) {
            b.volumeSum -= b.volume.removeFirst()[1];
        }
    }
}
