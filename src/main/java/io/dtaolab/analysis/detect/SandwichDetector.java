package io.dtaolab.analysis.detect;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Sandwiches: a coldkey buys, another actor's buy follows on the subnet in the same block, and the first coldkey
 * sells about the alpha it bought after that buy in the block (or in the next block, where the same-block staking rate
 * limit forces it). The victim's buy counts whether it executed or the chain refused it: a front-run that pushes the
 * price past the victim's limit makes the victim's buy fail (SlippageTooHigh), and the failed extrinsic is in the block
 * for any monitor to see. Score, per sandwiching coldkey: its sandwiches (on any subnet) in the last day, times the
 * square of the share of its buys that were front-runs — a bot's buys nearly all are, a busy honest trader's chance
 * buy–other's buy–sell of the same alpha are a small share of its buys.
 */
public final class SandwichDetector implements Detector {
    public static final String NAME = "sandwich";
    static final long WINDOW = 7_200;
    static final double MATCH = 0.05;

    /**
     * A block's stake trade attempts on the subnet in block order ({@code alpha} NaN for a refused one), three longs
     * each (coldkey and side, TAO bits, alpha bits) in one array reused block after block: no object per trade.
     */
    private static final class Attempts {
        /** Room for a busy block's attempts from the start (a growth branch first taken late deoptimises the trade path). */
        long[] data = new long[3 * 64];
        int size;

        void add(int coldkey, boolean buy, double tao, double alpha) {
            if (3 * size == data.length) {
                data = Arrays.copyOf(data, 2 * data.length);
            }
            int o = 3 * size++;
            data[o] = (long) coldkey << 1 | (buy ? 1 : 0);
            data[o + 1] = Double.doubleToRawLongBits(tao);
            data[o + 2] = Double.doubleToRawLongBits(alpha);
        }

        int coldkey(int i) {
            return (int) (data[3 * i] >> 1);
        }

        boolean buy(int i) {
            return (data[3 * i] & 1) != 0;
        }

        double tao(int i) {
            return Double.longBitsToDouble(data[3 * i + 1]);
        }

        double alpha(int i) {
            return Double.longBitsToDouble(data[3 * i + 2]);
        }
    }

    private static final class Book {
        long block = -1;
        Attempts current = new Attempts();
        Attempts previous = new Attempts();
        final ArrayDeque<double[]> hits = new ArrayDeque<>();
    }

    /** Per coldkey: its hit blocks in the window (any subnet). */
    /** A coldkey that front-ran at least once (its buys are counted for every coldkey in {@link #buys}). */
    private static final class Key {
        long fronts;
        final ArrayDeque<Long> recent = new ArrayDeque<>();
    }

    private final PerSubnet<Book> books = new PerSubnet<>(Book::new);
    private final LongKeyMap<Key> keys = new LongKeyMap<>();
    /** Buys per coldkey (dense chain ids from 0), grown on demand: every buy counts, most coldkeys never front-run. */
    private long[] buys = new long[1 << 15]; // sized up front like the wash-trading detector's per-key counts
    private final FundingClusters clusters;

    public SandwichDetector() {
        this(new FundingClusters());
    }

    /** Sharing {@code clusters} with the bank's other detectors (see {@link FundingClusters}). */
    SandwichDetector(FundingClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public void onFunding(FundingEvent f, AlarmGate gate) {
        clusters.add(f);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 1.5;
    }

    /**
     * A refused buy can be a victim; a refused sale of the front-run's alpha is a back-run the chain's same-block rate
     * limit stopped (the attempt is on chain all the same).
     */
    @Override
    public void onFailedTrade(FailedTradeEvent f, AlarmGate gate) {
        Book b = book(f.netuid(), f.block());
        if (!f.buy()) {
            backRun(b, f.block(), f.netuid(), f.coldkey(), f.amount(), gate);
        }
        b.current.add(f.coldkey(), f.buy(), f.buy() ? f.amount() : 0, Double.NaN);
    }

    private Book book(int netuid, long block) {
        Book b = books.getOrCreate(netuid);
        if (block != b.block) {
            Attempts spare = b.previous;
            if (block == b.block + 1) {
                b.previous = b.current;
            } else {
                b.current.size = 0;
                b.previous = b.current;
            }
            spare.size = 0;
            b.current = spare;
            b.block = block;
        }
        return b;
    }

    @Override
    public void onTrade(TradeEvent t, AlarmGate gate) {
        Book b = book(t.netuid(), t.block());
        if (!t.buy()) {
            backRun(b, t.block(), t.netuid(), t.coldkey(), t.alpha(), gate);
        } else {
            int c = t.coldkey();
            if (c >= buys.length) {
                buys = java.util.Arrays.copyOf(buys, Math.max(c + 1, buys.length * 2));
            }
            buys[c]++;
        }
        b.current.add(t.coldkey(), t.buy(), t.tao(), t.alpha());
    }

    private void backRun(Book b, long block, int netuid, int coldkey, double alpha, AlarmGate gate) {
        double taken = match(b.current, coldkey, alpha);
        if (taken < 0 && b.previous.size > 0) {
            taken = match(b.previous, coldkey, alpha);
        }
        while (!b.hits.isEmpty() && block - b.hits.peekFirst()[0] > WINDOW) {
            b.hits.removeFirst();
        }
        if (taken < 0) {
            return;
        }
        b.hits.addLast(new double[] {block, taken});
        Key k = keys.computeIfAbsent(coldkey, c -> new Key());
        k.fronts++;
        k.recent.addLast(block);
        while (block - k.recent.peekFirst() > WINDOW) {
            k.recent.removeFirst();
        }
        double share = Math.min(1, k.fronts / (double) Math.max(1, coldkey < buys.length ? buys[coldkey] : 0));
        int n = k.recent.size();
        double score = n * share * share;
        gate.offer(block, netuid, score, () -> String.format(Locale.ROOT,
                "coldkey %d: %d sandwiches in %d blocks (%.0f%% of its buys were front-runs): it bought, another "
                        + "coldkey's buy came next (executed or refused), then it sold the same alpha; victims' buys on "
                        + "this subnet total %.3f TAO; blamed coldkeys %s", coldkey, n, WINDOW, 100 * share,
                b.hits.stream().mapToDouble(h -> h[1]).sum(), Attribution.keys(List.of(coldkey))));
    }

    /**
     * Finds a front (the seller's latest executed buy of about {@code alpha}) with a buy attempt after it by a coldkey
     * of another actor (keys funded from one wallet are one actor: a swarm's keys do not sandwich each other). Returns the victim's TAO or -1.
     */
    private double match(Attempts trades, int seller, double alpha) {
        int end = trades.size;
        for (int i = end - 1; i >= 0; i--) {
            double frontAlpha = trades.alpha(i);
            if (!trades.buy(i) || trades.coldkey(i) != seller || Double.isNaN(frontAlpha)
                    || Math.abs(frontAlpha - alpha) > MATCH * frontAlpha) {
                continue;
            }
            for (int j = i + 1; j < end; j++) {
                if (trades.buy(j) && clusters.actor(trades.coldkey(j)) != clusters.actor(seller)) {
                    return trades.tao(j);
                }
            }
            return -1;
        }
        return -1;
    }
}
