package io.dtaolab.analysis.detect;

import java.util.ArrayDeque;
import java.util.Arrays;
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

    /** A coldkey's position on the subnet: a row of {@link KeyedRows} (a fresh key: nothing open, nothing closed). */
    private static final int OPENED = 0;
    private static final int ALPHA = 1;
    private static final int TAO = 2;
    private static final int CLOSED_AT = 3;
    private static final int CLOSED_TAO = 4;

    private static final class Book {
        /**
         * By coldkey, only keys with an open buy or a recent close: a sale that leaves nothing pending drops the
         * key at once, {@link #compact} the closes whose buy-back window has passed.
         */
        final KeyedRows positions = new KeyedRows(-1, 0, 0, -1, 0);
        final ArrayDeque<double[]> recycles = new ArrayDeque<>();
        final Map<Integer, Double> recyclesByKey = new HashMap<>();
        /** Block of the oldest recycle kept (MAX_VALUE when none): a trade that expires nothing reads no more of them. */
        long oldestRecycle = Long.MAX_VALUE;
        double netFlow;
        long compactedAt;
        /**
         * Keys whose position closed since the last compaction, or whose close may still be bought back (duplicates
         * allowed): the only rows {@link #compact} can drop, so it looks at these instead of scanning every open
         * position. A row has nothing open only after a close (a buy opens it, a sale either closes it, drops it, or
         * leaves it flat within the buy-back window of an earlier close, which is still listed).
         */
        long[] closed = new long[8];
        int closedCount;

        void closed(long key) {
            if (closedCount == closed.length) {
                closed = Arrays.copyOf(closed, 2 * closed.length);
            }
            closed[closedCount++] = key;
        }

        /**
         * Drops the positions that behave exactly like a key never seen from block {@code now} on: nothing open
         * (a sale always leaves the position flat) and no close recent enough for a buy-back to count. Blocks only
         * move forward, so such a position can never matter again; a key that trades later gets a fresh one, which
         * is in the same state. Keeps the book to the keys holding an open buy instead of every key that ever traded.
         */
        void compact(long now) {
            int kept = 0;
            for (int i = 0; i < closedCount; i++) {
                long key = closed[i];
                int p = positions.find(key);
                if (p < 0) {
                    continue;
                }
                long closedAt = positions.get(p, CLOSED_AT);
                if (closedAt >= 0 && now - closedAt <= REBUY_BLOCKS) {
                    closed[kept++] = key; // its buy-back may still come
                } else if (positions.get(p, OPENED) < 0) {
                    positions.removeRow(p);
                }
            }
            closedCount = kept;
            positions.shrinkIfSparse();
        }

        /** Whether a full scan at {@code now} would keep the position (what {@link #compact} must agree with). */
        static boolean matters(KeyedRows rows, int p, long now) {
            return rows.get(p, OPENED) >= 0 || rows.get(p, CLOSED_AT) >= 0 && now - rows.get(p, CLOSED_AT) <= REBUY_BLOCKS;
        }
    }

    private final PerSubnet<Book> books = new PerSubnet<>(Book::new);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 1.41;
    }

    /** For tests: the subnet's positions that a full scan at {@code now} would drop, and all its positions. */
    int[] droppableAndAll(int netuid, long now) {
        Book b = books.get(netuid);
        if (b == null) {
            return new int[2];
        }
        int[] droppable = new int[1];
        b.positions.retain((rows, p) -> {
            if (!Book.matters(rows, p, now)) {
                droppable[0]++;
            }
            return true;
        });
        return new int[] {droppable[0], b.positions.size()};
    }

    @Override
    public void onTrade(TradeEvent t, AlarmGate gate) {
        Book b = books.getOrCreate(t.netuid());
        if (t.block() - b.compactedAt >= COMPACT_EVERY) {
            b.compactedAt = t.block();
            b.compact(t.block());
        }
        b.netFlow += t.buy() ? t.tao() : -t.tao();
        if (t.block() - b.oldestRecycle > WINDOW) {
            while (!b.recycles.isEmpty() && t.block() - b.recycles.peekFirst()[0] > WINDOW) {
                double[] old = b.recycles.removeFirst();
                int gone = (int) old[2];
                double left = b.recyclesByKey.merge(gone, -old[3], Double::sum);
                if (left < 1e-9) {
                    b.recyclesByKey.remove(gone);
                }
            }
            b.oldestRecycle = b.recycles.isEmpty() ? Long.MAX_VALUE : (long) b.recycles.peekFirst()[0];
        }
        KeyedRows ps = b.positions;
        if (!t.buy()) {
            // a sale by a key with no position leaves it as fresh as it was: nothing to record
            int p = ps.find(t.coldkey());
            if (p < 0) {
                return;
            }
            long opened = ps.get(p, OPENED);
            double tao = ps.getDouble(p, TAO);
            long closedAt = ps.get(p, CLOSED_AT);
            if (opened >= 0 && t.alpha() >= SOLD_ALL * ps.getDouble(p, ALPHA) && t.block() - opened >= MIN_HOLD
                    && tao >= MIN_POOL_SHARE * t.taoReserve()) {
                ps.set(p, CLOSED_AT, t.block());
                ps.setDouble(p, CLOSED_TAO, tao);
                b.closed(t.coldkey());
            } else if (closedAt < 0 || t.block() - closedAt > REBUY_BLOCKS) {
                ps.removeRow(p); // flat with no buy-back pending: the same as a fresh position
                return;
            }
            ps.set(p, OPENED, -1);
            ps.setDouble(p, ALPHA, 0);
            ps.setDouble(p, TAO, 0);
            return;
        }
        int p = ps.findOrAdd(t.coldkey());
        if (ps.get(p, OPENED) < 0) {
            ps.set(p, OPENED, t.block());
        }
        ps.setDouble(p, ALPHA, ps.getDouble(p, ALPHA) + t.alpha());
        ps.setDouble(p, TAO, ps.getDouble(p, TAO) + t.tao());
        long closedAt = ps.get(p, CLOSED_AT);
        double closedTao = ps.getDouble(p, CLOSED_TAO);
        if (closedAt < 0 || t.block() - closedAt > REBUY_BLOCKS
                || Math.abs(t.tao() - closedTao) > SAME_STAKE * closedTao) {
            return;
        }
        double cycled = closedTao;
        long delay = Math.max(1, t.block() - closedAt);
        ps.set(p, CLOSED_AT, -1);
        double weight = Math.min(1, cycled / (FULL_POOL_SHARE * t.taoReserve())) * Math.min(1, QUICK_REBUY / (double) delay);
        if (b.recycles.isEmpty()) {
            b.oldestRecycle = t.block();
        }
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
