package io.dtaolab.analysis.detect;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pump and dump: one actor (the coldkeys one wallet funded, see {@link FundingClusters}, so a whale split over many
 * keys is one actor) runs a buying campaign that drives the price up, then sells into the run-up. What sets a pump
 * apart from other large positions, all on chain:
 * <ul>
 * <li>a <b>campaign</b>: its TAO goes in over many blocks — effective buy blocks E = (Σ TAO)² / Σ (TAO per block)²
 * at least {@value #MIN_BLOCKS} (a stake taken in one block, as a cartel's validator stake or a Sybil swarm's entry,
 * has E ≈ 1 and is no run-up), full weight from {@value #FULL_BLOCKS};</li>
 * <li><b>its own buying made the run-up</b>: own = the log price rise its buys caused (Σ log(price after / price
 * before) over its buys), capped at the run-up from its first buy to the highest price after one of its buys; the
 * share own / run-up is low when others' flow (an honest rally, a rebalancing whale's market) lifted the price;</li>
 * <li><b>one-sided</b>: it did not sell while still buying (a busy trader's buys and sells interleave); the score falls
 * to 0 once a quarter of what it bought was sold before its last buy;</li>
 * <li>it <b>sells at a gain</b> over its average price, held at least {@value #MIN_HOLD} blocks (shorter round trips are
 * wash trades and sandwiches).</li>
 * </ul>
 * Score at each of its sales: 100 × own × (own / run-up) × share of the position sold (full at half) × min(1, E /
 * {@value #FULL_BLOCKS}) × max(0, 1 − 4 × share sold while buying). Constant state per (actor, subnet) position.
 */
public final class PumpDumpDetector implements Detector {
    public static final String NAME = "pump-and-dump";
    static final long HORIZON = 4_800;
    static final long MIN_HOLD = 30;
    static final int MIN_BUYS = 3;
    static final double MIN_BLOCKS = 3;
    static final double FULL_BLOCKS = 10;
    /** A position counts as closed (the next buy starts a new one) when less than this share of it is left. */
    static final double FLAT = 0.01;
    /**
     * How often (in blocks, per subnet) positions past the horizon are dropped: once per horizon, so a position is
     * scanned about once and a half in its life rather than four times (a dropped one acts as none anyway).
     */
    static final long COMPACT_EVERY = HORIZON;

    /** One actor's position on one subnet since it last started from flat (reused when it starts again). */
    private static final class Position {
        long first;
        double taoIn;
        double alphaIn;
        double alphaOut;
        int buys;
        /** TAO bought in the current buy block, and the sum of squares of the blocks before (for E). */
        long buyBlock;
        double blockTao;
        double sumSqBlockTao;
        /** Log price rise its own buys made; price before its first buy; highest price after one of its buys. */
        double ownRise;
        double firstPrice;
        double topPrice;
        /** Alpha it had sold when it last bought. */
        double soldWhileBuying;
        /** The coldkeys that traded it: the one key while there is only one (the usual case), all of them after. */
        boolean anyColdkey;
        int onlyColdkey;
        Set<Integer> coldkeys;

        void start(long block, double priceBefore) {
            first = block;
            taoIn = 0;
            alphaIn = 0;
            alphaOut = 0;
            buys = 0;
            buyBlock = -1;
            blockTao = 0;
            sumSqBlockTao = 0;
            ownRise = 0;
            firstPrice = priceBefore;
            topPrice = 0;
            soldWhileBuying = 0;
            anyColdkey = false;
            coldkeys = null;
        }

        void traded(int coldkey) {
            if (coldkeys != null) {
                coldkeys.add(coldkey);
            } else if (!anyColdkey) {
                anyColdkey = true;
                onlyColdkey = coldkey;
            } else if (onlyColdkey != coldkey) {
                coldkeys = new TreeSet<>();
                coldkeys.add(onlyColdkey);
                coldkeys.add(coldkey);
            }
        }

        Collection<Integer> coldkeys() {
            return coldkeys != null ? coldkeys : anyColdkey ? List.of(onlyColdkey) : List.of();
        }

        double effectiveBlocks() {
            double sq = sumSqBlockTao + blockTao * blockTao;
            return sq > 0 ? taoIn * taoIn / sq : 0;
        }
    }

    /** One subnet's positions by actor. */
    private static final class Book {
        final LongKeyMap<Position> byActor = new LongKeyMap<>();
        long compactedAt;
    }

    private final FundingClusters clusters = new FundingClusters();
    private final PerSubnet<Book> books = new PerSubnet<>(Book::new);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 1.96;
    }

    @Override
    public void onFunding(FundingEvent f, AlarmGate gate) {
        clusters.add(f);
    }

    @Override
    public void onTrade(TradeEvent t, AlarmGate gate) {
        Book book = books.getOrCreate(t.netuid());
        if (t.block() - book.compactedAt >= COMPACT_EVERY) {
            // a position whose first buy is over the horizon acts exactly as none (a buy starts a new one, a sale is
            // ignored), and blocks only move forward: drop them rather than keep one per actor that ever traded
            book.compactedAt = t.block();
            long now = t.block();
            book.byActor.removeIf(q -> now - q.first > HORIZON);
        }
        long actor = clusters.actor(t.coldkey());
        Position p = book.byActor.get(actor);
        if (t.buy()) {
            if (p == null || p.alphaIn - p.alphaOut <= FLAT * p.alphaIn || t.block() - p.first > HORIZON) {
                if (p == null) {
                    p = book.byActor.computeIfAbsent(actor, k -> new Position());
                }
                p.start(t.block(), t.priceBefore());
            }
            if (t.block() != p.buyBlock) {
                p.sumSqBlockTao += p.blockTao * p.blockTao;
                p.blockTao = 0;
                p.buyBlock = t.block();
            }
            p.blockTao += t.tao();
            p.taoIn += t.tao();
            p.alphaIn += t.alpha();
            p.buys++;
            if (t.priceBefore() > 0 && t.priceAfter() > 0) {
                p.ownRise += Math.log(t.priceAfter() / t.priceBefore());
            }
            p.topPrice = Math.max(p.topPrice, t.priceAfter());
            p.soldWhileBuying = p.alphaOut;
            p.traded(t.coldkey());
            return;
        }
        if (p == null || p.alphaIn <= 0 || t.block() - p.first > HORIZON) {
            return;
        }
        p.alphaOut += t.alpha();
        p.traded(t.coldkey());
        long held = t.block() - p.first;
        double paid = p.taoIn / p.alphaIn;
        double gain = t.priceBefore() / paid - 1;
        double e = p.effectiveBlocks();
        if (held < MIN_HOLD || !(gain > 0) || p.buys < MIN_BUYS || e < MIN_BLOCKS) {
            return;
        }
        double runUp = p.firstPrice > 0 && p.topPrice > p.firstPrice ? Math.log(p.topPrice / p.firstPrice) : 0;
        double own = Math.min(p.ownRise, runUp);
        if (!(own > 0)) {
            return;
        }
        double ownShare = own / runUp;
        double sold = Math.min(1, 2 * p.alphaOut / p.alphaIn);
        double oneSided = Math.max(0, 1 - 4 * p.soldWhileBuying / p.alphaIn);
        double score = 100 * own * ownShare * sold * Math.min(1, e / FULL_BLOCKS) * oneSided;
        Position q = p;
        gate.offer(t.block(), t.netuid(), score, () -> String.format(Locale.ROOT, "one actor (%d coldkeys funded from "
                        + "one wallet, or one key) bought %.1f TAO in %d buys over %.0f effective blocks, its own buys "
                        + "lifting the price %.0f%% (%.0f%% of the run-up), and %d blocks after its first buy sells %.0f%% "
                        + "of the position %.0f%% above its average price; coldkeys %s",
                q.coldkeys().size(), q.taoIn, q.buys, e, 100 * (Math.exp(own) - 1), 100 * ownShare, held,
                100 * Math.min(1, q.alphaOut / q.alphaIn), 100 * gain, Attribution.keys(q.coldkeys())));
    }
}
