package io.dtaolab.analysis.detect;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Wash trading: quick exact round trips — a coldkey that held nothing on the subnet buys, and 1 to
 * {@value #QUICK_BLOCKS} blocks later sells back that same alpha (within {@value #MATCH}), its position back to zero —
 * weighted by how much of that coldkey's trading (on every subnet) such round trips are. A wash key does nothing else,
 * so its weight stays near 1 however many keys the volume is split over; an honest high-frequency trader's occasional
 * chance round trip is a small part of its trading and weighs little. A round trip whose buy is followed, as the next
 * trade on the subnet in the same block, by another coldkey's buy (executed or refused) is the sandwich pattern and left to that detector.
 * Score: the sum over
 * coldkeys of their round trips on the subnet in the last {@value #WINDOW} blocks × the square of their round-trip
 * share, so the score is counted per actor's behaviour rather than per key.
 */
public final class WashTradingDetector implements Detector {
    public static final String NAME = "wash-trading";
    static final long WINDOW = 7_200;
    static final long QUICK_BLOCKS = 3;
    static final double MATCH = 0.01;
    /** Trades of prior evidence against "every trade of this key is a round trip" (a key's first trip weighs 4/9). */
    static final double PRIOR_TRADES = 1;

    /** One coldkey's trading, over all subnets. */
    /** Per coldkey (dense chain ids from 0): trades seen and round-trip legs, in two arrays grown on demand. */
    private long[] trades = new long[INITIAL_KEYS];
    private long[] tripLegs = new long[INITIAL_KEYS];
    /**
     * Sized for a mainnet-scale world up front (the mainnet snapshot alone has ~20,000 coldkeys: 16,384 genesis root
     * holders): a growth branch first taken in a later world of the same JVM (seeds,
     * sweeps) is a deoptimisation of the compiled trade path.
     */
    private static final int INITIAL_KEYS = 1 << 15;

    private void ensureKey(int coldkey) {
        if (coldkey >= trades.length) {
            int n = Math.max(coldkey + 1, trades.length * 2);
            trades = Arrays.copyOf(trades, n);
            tripLegs = Arrays.copyOf(tripLegs, n);
        }
    }

    /** Share of the key's trades that are round-trip legs, squared (PRIOR_TRADES keeps one-trip keys low). */
    private double weight(int coldkey) {
        double share = tripLegs[coldkey] / (trades[coldkey] + PRIOR_TRADES);
        return share * share;
    }

    /**
     * One coldkey's position on one subnet and its last buy there: a row of {@link KeyedRows}, kept only while it
     * holds alpha (a flat key with no buy pending is the same as one never seen).
     */
    private static final int ALPHA = 0;
    private static final int BUY_BLOCK = 1;
    private static final int BUY_ALPHA = 2;
    private static final int FROM_FLAT = 3;

    private record Trip(long block, int coldkey, double tao) {
    }

    /**
     * One subnet's holdings, round trips and (as the {@link WindowSum} it extends rather than holds: one object less
     * to load per trade) TAO traded in the window.
     */
    private static final class Book extends WindowSum {
        final KeyedRows holdings = new KeyedRows(0, -1, 0, 0);
        final ArrayDeque<Trip> trips = new ArrayDeque<>();
        final Map<Integer, Integer> tripsByKey = new HashMap<>();
        /** Block of the oldest trip kept (MAX_VALUE when none), so a trade that expires no trip reads none. */
        long oldestTrip = Long.MAX_VALUE;
        /** The last trade on the subnet if it was a buy (block -1 otherwise), to spot a front-run: another coldkey's buy next. */
        int lastBuyer = -1;
        long lastBuyBlock = -1;

        /** Drops trips older than the window. */
        void expireTrips(long now) {
            while (!trips.isEmpty() && now - trips.peekFirst().block() > WINDOW) {
                Trip gone = trips.removeFirst();
                tripsByKey.merge(gone.coldkey(), -1, Integer::sum);
                tripsByKey.remove(gone.coldkey(), 0);
            }
            oldestTrip = trips.isEmpty() ? Long.MAX_VALUE : trips.peekFirst().block();
        }

        Book() {
            super(WINDOW);
        }

        void addTrip(Trip trip) {
            if (trips.isEmpty()) {
                oldestTrip = trip.block();
            }
            trips.addLast(trip);
        }
    }

    private final PerSubnet<Book> books = new PerSubnet<>(Book::new);
    private final FundingClusters clusters;

    public WashTradingDetector() {
        this(new FundingClusters());
    }

    /** Sharing {@code clusters} with the bank's other detectors (see {@link FundingClusters}). */
    WashTradingDetector(FundingClusters clusters) {
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
        return 1.8;
    }

    /** A refused buy right after another key's buy is a victim too (a front-run pushed it past its limit). */
    @Override
    public void onFailedTrade(FailedTradeEvent f, AlarmGate gate) {
        Book b = books.get(f.netuid());
        if (b != null && f.buy()) {
            unmarkFrontRun(b, f.block(), f.coldkey());
        }
    }

    /** Keys of one funding wallet buying back to back are one actor's orders, not a front-run and its victim. */
    private void unmarkFrontRun(Book b, long block, int nextBuyer) {
        if (b.lastBuyBlock == block && clusters.actor(b.lastBuyer) != clusters.actor(nextBuyer)) {
            int front = b.holdings.find(b.lastBuyer);
            if (front >= 0 && b.holdings.get(front, BUY_BLOCK) == block) {
                b.holdings.set(front, BUY_BLOCK, -1);
            }
        }
    }

    @Override
    public void onTrade(TradeEvent t, AlarmGate gate) {
        Book b = books.getOrCreate(t.netuid());
        if (t.block() - b.oldestTrip > WINDOW) {
            b.expireTrips(t.block());
        }
        b.add(t.block(), t.tao());
        ensureKey(t.coldkey());
        trades[t.coldkey()]++;
        KeyedRows hs = b.holdings;
        if (t.buy()) {
            int h = hs.findOrAdd(t.coldkey());
            // a buy right after another key's buy in the same block makes that earlier buy a possible front-run
            unmarkFrontRun(b, t.block(), t.coldkey());
            double alpha = hs.getDouble(h, ALPHA);
            hs.set(h, FROM_FLAT, alpha <= MATCH * t.alpha() ? 1 : 0);
            hs.set(h, BUY_BLOCK, t.block());
            hs.setDouble(h, BUY_ALPHA, t.alpha());
            hs.setDouble(h, ALPHA, alpha + t.alpha());
            b.lastBuyer = t.coldkey();
            b.lastBuyBlock = t.block();
            return;
        }
        b.lastBuyBlock = -1;
        int h = hs.find(t.coldkey());
        if (h < 0) {
            return; // a sale by a key holding nothing here: no round trip, and it stays flat
        }
        long buyBlock = hs.get(h, BUY_BLOCK);
        double buyAlpha = hs.getDouble(h, BUY_ALPHA);
        // a sale in the buy's own block is the sandwich bot's back-run where the chain allows it, not a hand-over
        boolean trip = buyBlock >= 0 && hs.get(h, FROM_FLAT) == 1 && t.block() > buyBlock
                && t.block() - buyBlock <= QUICK_BLOCKS && Math.abs(t.alpha() - buyAlpha) <= MATCH * buyAlpha;
        double left = Math.max(0, hs.getDouble(h, ALPHA) - t.alpha());
        hs.setDouble(h, ALPHA, left);
        hs.set(h, BUY_BLOCK, -1);
        if (left == 0) {
            // flat with no buy pending: the same as a key never seen here (a fresh holding), so not kept
            hs.removeRow(h);
        }
        if (!trip) {
            return;
        }
        tripLegs[t.coldkey()] += 2;
        b.addTrip(new Trip(t.block(), t.coldkey(), t.tao()));
        b.tripsByKey.merge(t.coldkey(), 1, Integer::sum);
        double score = 0;
        for (Map.Entry<Integer, Integer> e : b.tripsByKey.entrySet()) {
            score += e.getValue() * weight(e.getKey());
        }
        double s = score;
        gate.offer(t.block(), t.netuid(), s, () -> evidence(b, s));
    }

    private String evidence(Book b, double score) {
        Set<Integer> washKeys = new HashSet<>();
        double tripVolume = 0;
        for (Trip r : b.trips) {
            if (weight(r.coldkey()) >= 0.25) {
                washKeys.add(r.coldkey());
                tripVolume += 2 * r.tao();
            }
        }
        return String.format(Locale.ROOT, "%d quick round trips (bought from flat, sold the same alpha within %d blocks) "
                        + "in %d blocks, %d coldkeys whose trading is mostly such round trips (weighted score %.1f), "
                        + "%.0f%% of the subnet's volume; coldkeys %s", b.trips.size(), QUICK_BLOCKS, WINDOW,
                washKeys.size(), score, b.sum() > 0 ? 100 * tripVolume / b.sum() : 0, Attribution.keys(washKeys));
    }
}
