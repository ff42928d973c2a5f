package io.dtaolab.analysis.detect;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Flow gaming: a coldkey buys a sizeable stake, holds it across an emission epoch, sells it all, and buys back
 * into the same subnet within a few blocks — inflow and outflow around emission that nets to nothing while the flow
 * EMA (and with it the emission share) keeps the inflows. The buy-back must be about the size of the position just
 * closed ({@value #SAME_STAKE}): the same stake going round again, not a new decision. Score: the most recycles by one
 * coldkey on the subnet in the last {@value #WINDOW} blocks (a momentum herd's one-off re-entries, each by another key,
 * do not add up), each recycle weighted by the stake it cycled, full from {@value #FULL_POOL_SHARE} of the pool's TAO
 * (the flow a recycle fakes grows with the stake; an honest follower re-entering with a small wallet weighs little)
 * and by how fast the buy-back came: full within {@value #QUICK_REBUY} blocks of the sale, 2 / delay after (a recycler
 * puts the same stake straight back, an honest re-entry lands anywhere in the {@value #REBUY_BLOCKS}-block window).
 */
public final class FlowGamingDetector implements Detector {
    public static final String NAME = "flow-gaming";
    static final long WINDOW = 21_600;
    static final long MIN_HOLD = 180;
    static final long REBUY_BLOCKS = 20;
    static final double MIN_POOL_SHARE = 0.002;
    static final double FULL_POOL_SHARE = 0.01;
    static final long QUICK_REBUY = 2;
    static final double SOLD_ALL = 0.9;
    static final double SAME_STAKE = 0.1;
    /** How often (in blocks, per subnet) positions that can no longer matter are dropped (see {@link Positions#compact}). */
    static final long COMPACT_EVERY = 7_200;

    private static final class Position {
        long opened = -1;
        double alpha;
        double tao;
        long closedAt = -1;
        double closedTao;
    }

    private static final class Book {
        final Positions byColdkey = new Positions();
        final ArrayDeque<double[]> recycles = new ArrayDeque<>();
        final Map<Integer, Double> recyclesByKey = new HashMap<>();
        double netFlow;
        long compactedAt;
    }

    /**
     * Positions by coldkey (open addressing on the int key, no boxing): every trade looks one up, and a subnet sees
     * thousands of coldkeys over a run.
     */
    private static final class Positions {
        private int[] keys = new int[16];
        private Position[] values = new Position[16];
        private int size;

        Position getOrCreate(int coldkey) {
            int mask = keys.length - 1;
            int i = slot(coldkey, mask);
            while (values[i] != null) {
                if (keys[i] == coldkey) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            if ((size + 1) * 2 > keys.length) {
                grow();
                return getOrCreate(coldkey);
            }
            Position p = new Position();
            keys[i] = coldkey;
            values[i] = p;
            size++;
            return p;
        }

        /**
         * Drops the positions that behave exactly like a key never seen from block {@code now} on: nothing open
         * (a sale always leaves the position flat) and no close recent enough for a buy-back to count. Blocks only
         * move forward, so such a position can never matter again; a key that trades later gets a fresh one, which
         * is in the same state. Keeps the book to the keys holding an open buy instead of every key that ever traded.
         */
        void compact(long now) {
            int live = 0;
            for (Position p : values) {
                if (p != null && !idle(p, now)) {
                    live++;
                }
            }
            if (live == size) {
                return;
            }
            int capacity = 16;
            while (capacity < live * 2 + 2) {
                capacity <<= 1;
            }
            int[] oldKeys = keys;
            Position[] oldValues = values;
            keys = new int[capacity];
            values = new Position[capacity];
            size = 0;
            int mask = capacity - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                Position p = oldValues[j];
                if (p != null && !idle(p, now)) {
                    int i = slot(oldKeys[j], mask);
                    while (values[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    values[i] = p;
                    size++;
                }
            }
        }

        private static boolean idle(Position p, long now) {
            return p.opened < 0 && (p.closedAt < 0 || now - p.closedAt > REBUY_BLOCKS);
        }

        private static int slot(int key, int mask) {
            int h = key * 0x9E3779B9;
            return (h ^ (h >>> 16)) & mask;
        }

        private void grow() {
            int[] oldKeys = keys;
            Position[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new Position[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldValues[j] != null) {
                    int i = slot(oldKeys[j], mask);
                    while (values[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }
    }

    private final LongKeyMap<Book> books = new LongKeyMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 1.41;
    }

    @Override
    public void onTrade(TradeEvent t, AlarmGate gate) {
        Book b = books.computeIfAbsent(t.netuid(), n -> new Book());
        if (t.block() - b.compactedAt >= COMPACT_EVERY) {
            b.compactedAt = t.block();
            b.byColdkey.compact(t.block());
        }
        Position p = b.byColdkey.getOrCreate(t.coldkey());
        b.netFlow += t.buy() ? t.tao() : -t.tao();
        while (!b.recycles.isEmpty() && t.block() - b.recycles.peekFirst()[0] > WINDOW) {
            double[] old = b.recycles.removeFirst();
            int gone = (int) old[2];
            double left = b.recyclesByKey.merge(gone, -old[3], Double::sum);
            if (left < 1e-9) {
                b.recyclesByKey.remove(gone);
            }
        }
        if (!t.buy()) {
            if (p.opened >= 0 && t.alpha() >= SOLD_ALL * p.alpha && t.block() - p.opened >= MIN_HOLD
                    && p.tao >= MIN_POOL_SHARE * t.taoReserve()) {
                p.closedAt = t.block();
                p.closedTao = p.tao;
            }
            p.opened = -1;
            p.alpha = 0;
            p.tao = 0;
            return;
        }
        if (p.opened < 0) {
            p.opened = t.block();
        }
        p.alpha += t.alpha();
        p.tao += t.tao();
        if (p.closedAt < 0 || t.block() - p.closedAt > REBUY_BLOCKS
                || Math.abs(t.tao() - p.closedTao) > SAME_STAKE * p.closedTao) {
            return;
        }
        double cycled = p.closedTao;
        long delay = Math.max(1, t.block() - p.closedAt);
        p.closedAt = -1;
        double weight = Math.min(1, cycled / (FULL_POOL_SHARE * t.taoReserve())) * Math.min(1, QUICK_REBUY / (double) delay);
        b.recycles.addLast(new double[] {t.block(), cycled, t.coldkey(), weight});
        double n = b.recyclesByKey.merge(t.coldkey(), weight, Double::sum);
        double volume = b.recycles.stream().mapToDouble(r -> r[1]).sum();
        double net = b.netFlow;
        double pool = t.taoReserve();
        double price = t.priceAfter();
        gate.offer(t.block(), t.netuid(), n, () -> String.format(Locale.ROOT,
                "%.1f recycles (each weighted by its stake, full from 1%% of the pool and a buy-back within 2 blocks) in %d blocks by coldkey %d: %.1f TAO bought, held ≥ %d blocks across emission, sold, "
                        + "bought back within %d blocks; %.1f TAO cycled = %.1f%% of the pool, while the subnet's net "
                        + "flow to date is %.1f TAO at price %.6f", n, WINDOW, t.coldkey(), cycled, MIN_HOLD,
                REBUY_BLOCKS, volume, pool > 0 ? 100 * volume / pool : 0, net, price));
    }
}
