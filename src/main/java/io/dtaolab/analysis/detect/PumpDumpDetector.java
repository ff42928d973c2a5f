package io.dtaolab.analysis.detect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pump and dump: one actor (the coldkeys one wallet funded, see {@link FundingClusters}, so a whale split over many
 * keys is one actor) builds a position that is large against the pool, and within {@value #HORIZON} blocks of its
 * first buy sells it into a price well above what it paid. Score at each of its sales: 100 × (TAO it put in / the
 * pool's TAO before its first buy) × (the price it sells into / its average buy price − 1) × how much of the position
 * it has sold (full at half), for positions built in at least {@value #MIN_BUYS} buys (a flow recycler's one-shot
 * stake is not a campaign). Round trips held under {@value #MIN_HOLD} blocks are wash trades and sandwiches, left to
 * those detectors. Honest whales and rebalancing
 * validators move large positions too, but do not sell them into a run-up their own buying started; a momentum herd
 * is many small actors.
 */
public final class PumpDumpDetector implements Detector {
    public static final String NAME = "pump-and-dump";
    static final long HORIZON = 4_800;
    static final long MIN_HOLD = 30;
    static final int MIN_BUYS = 3;
    /** A position counts as closed (the next buy starts a new one) when less than this share of it is left. */
    static final double FLAT = 0.01;
    /** How often (in blocks, per subnet) positions past the horizon are dropped. */
    static final long COMPACT_EVERY = 1_200;

    /** One actor's position on one subnet since it last started from flat. */
    private static final class Position {
        long first;
        double reserveBefore;
        double taoIn;
        double alphaIn;
        double alphaOut;
        int buys;
        final Set<Integer> coldkeys = new TreeSet<>();
    }

    /** One subnet's positions by actor. */
    private static final class Book {
        final Map<Long, Position> byActor = new HashMap<>();
        long compactedAt;
    }

    private final FundingClusters clusters = new FundingClusters();
    private final IntKeyMap<Book> books = new IntKeyMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 2.4;
    }

    @Override
    public void onFunding(FundingEvent f, AlarmGate gate) {
        clusters.add(f);
    }

    @Override
    public void onTrade(TradeEvent t, AlarmGate gate) {
        Book book = books.computeIfAbsent(t.netuid(), n -> new Book());
        if (t.block() - book.compactedAt >= COMPACT_EVERY) {
            // a position whose first buy is over the horizon acts exactly as none (a buy starts a new one, a sale is
            // ignored), and blocks only move forward: drop them rather than keep one per actor that ever traded
            book.compactedAt = t.block();
            long now = t.block();
            book.byActor.values().removeIf(q -> now - q.first > HORIZON);
        }
        long actor = clusters.actor(t.coldkey());
        Position p = book.byActor.get(actor);
        if (t.buy()) {
            if (p == null || p.alphaIn - p.alphaOut <= FLAT * p.alphaIn || t.block() - p.first > HORIZON) {
                p = new Position();
                p.first = t.block();
                p.reserveBefore = Math.max(1, t.taoReserve() - t.tao());
                book.byActor.put(actor, p);
            }
            p.taoIn += t.tao();
            p.alphaIn += t.alpha();
            p.buys++;
            p.coldkeys.add(t.coldkey());
            return;
        }
        if (p == null || p.alphaIn <= 0 || t.block() - p.first > HORIZON) {
            return;
        }
        p.alphaOut += t.alpha();
        p.coldkeys.add(t.coldkey());
        long held = t.block() - p.first;
        double paid = p.taoIn / p.alphaIn;
        double gain = t.priceBefore() / paid - 1;
        if (held < MIN_HOLD || !(gain > 0) || p.buys < MIN_BUYS) {
            return;
        }
        double size = p.taoIn / p.reserveBefore;
        double sold = Math.min(1, 2 * p.alphaOut / p.alphaIn);
        double score = 100 * size * gain * sold;
        Position q = p;
        gate.offer(t.block(), t.netuid(), score, () -> String.format(Locale.ROOT, "one actor (%d coldkeys funded from "
                        + "one wallet, or one key) bought %.1f TAO in %d buys = %.0f%% of the pool, and %d blocks after its "
                        + "first buy sells into a price %.0f%% above its average (%.0f%% of the position sold); coldkeys %s",
                q.coldkeys.size(), q.taoIn, q.buys, 100 * size, held, 100 * gain, 100 * Math.min(1, q.alphaOut / q.alphaIn),
                Attribution.keys(q.coldkeys)));
    }
}
