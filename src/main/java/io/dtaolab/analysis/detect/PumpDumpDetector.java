package io.dtaolab.analysis.detect;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
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

    /**
     * One actor's position on one subnet since it last started from flat (reset when it starts again): a row of
     * {@link KeyedRows} by actor, its fields inline next to the key (a lookup and the update touch one or two cache
     * lines, no object per position).
     */
    private static final int FIRST = 0;
    private static final int TAO_IN = 1;
    private static final int ALPHA_IN = 2;
    private static final int ALPHA_OUT = 3;
    private static final int BUYS = 4;
    /** TAO bought in the current buy block, and the sum of squares of the blocks before (for E). */
    private static final int BUY_BLOCK = 5;
    private static final int BLOCK_TAO = 6;
    private static final int SUM_SQ_BLOCK_TAO = 7;
    /** Log price rise its own buys made; price before its first buy; highest price after one of its buys. */
    private static final int OWN_RISE = 8;
    private static final int FIRST_PRICE = 9;
    private static final int TOP_PRICE = 10;
    /** Alpha it had sold when it last bought. */
    private static final int SOLD_WHILE_BUYING = 11;
    /**
     * The coldkeys that traded it: {@link #NO_KEY} before any, the one key while there is only one (the usual case),
     * {@link #MANY_KEYS} after (then in the book's {@code coldkeys}).
     */
    private static final int ONLY_COLDKEY = 12;
    private static final long NO_KEY = -1;
    private static final long MANY_KEYS = -2;

    /** One subnet's positions by actor. */
    private static final class Book {
        final KeyedRows byActor = new KeyedRows(new long[ONLY_COLDKEY + 1]);
        /** The coldkeys of the positions traded by more than one, by actor. */
        final LongKeyMap<TreeSet<Integer>> coldkeys = new LongKeyMap<>();
        long compactedAt;

        void start(int p, long block, double priceBefore) {
            KeyedRows r = byActor;
            r.set(p, FIRST, block);
            r.setDouble(p, TAO_IN, 0);
            r.setDouble(p, ALPHA_IN, 0);
            r.setDouble(p, ALPHA_OUT, 0);
            r.set(p, BUYS, 0);
            r.set(p, BUY_BLOCK, -1);
            r.setDouble(p, BLOCK_TAO, 0);
            r.setDouble(p, SUM_SQ_BLOCK_TAO, 0);
            r.setDouble(p, OWN_RISE, 0);
            r.setDouble(p, FIRST_PRICE, priceBefore);
            r.setDouble(p, TOP_PRICE, 0);
            r.setDouble(p, SOLD_WHILE_BUYING, 0);
            if (r.get(p, ONLY_COLDKEY) == MANY_KEYS) {
                coldkeys.remove(r.key(p));
            }
            r.set(p, ONLY_COLDKEY, NO_KEY);
        }

        void traded(int p, int coldkey) {
            long only = byActor.get(p, ONLY_COLDKEY);
            if (only == MANY_KEYS) {
                coldkeys.get(byActor.key(p)).add(coldkey);
            } else if (only == NO_KEY) {
                byActor.set(p, ONLY_COLDKEY, coldkey);
            } else if (only != coldkey) {
                TreeSet<Integer> keys = new TreeSet<>();
                keys.add((int) only);
                keys.add(coldkey);
                coldkeys.computeIfAbsent(byActor.key(p), k -> keys);
                byActor.set(p, ONLY_COLDKEY, MANY_KEYS);
            }
        }

        Collection<Integer> coldkeys(int p) {
            long only = byActor.get(p, ONLY_COLDKEY);
            return only == MANY_KEYS ? coldkeys.get(byActor.key(p)) : only == NO_KEY ? List.of() : List.of((int) only);
        }

        double effectiveBlocks(int p) {
            double blockTao = byActor.getDouble(p, BLOCK_TAO);
            double sq = byActor.getDouble(p, SUM_SQ_BLOCK_TAO) + blockTao * blockTao;
            double taoIn = byActor.getDouble(p, TAO_IN);
            return sq > 0 ? taoIn * taoIn / sq : 0;
        }

        /** Drops the positions whose first buy is over the horizon (with their key sets). */
        void compact(long now) {
            byActor.retain((rows, p) -> {
                if (now - rows.get(p, FIRST) <= HORIZON) {
                    return true;
                }
                if (rows.get(p, ONLY_COLDKEY) == MANY_KEYS) {
                    coldkeys.remove(rows.key(p));
                }
                return false;
            });
        }
    }

    private final FundingClusters clusters;

    public PumpDumpDetector() {
        this(new FundingClusters());
    }

    /** Sharing {@code clusters} with the bank's other detectors (see {@link FundingClusters}). */
    PumpDumpDetector(FundingClusters clusters) {
        this.clusters = clusters;
    }
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
            book.compact(t.block());
        }
        long actor = clusters.actor(t.coldkey());
        KeyedRows r = book.byActor;
        if (t.buy()) {
            int p = r.findOrAdd(actor);
            // a fresh row reads FIRST 0 and ALPHA_IN 0: flat, so started here like a position over the horizon
            double alphaIn = r.getDouble(p, ALPHA_IN);
            if (alphaIn - r.getDouble(p, ALPHA_OUT) <= FLAT * alphaIn || t.block() - r.get(p, FIRST) > HORIZON) {
                book.start(p, t.block(), t.priceBefore());
            }
            if (t.block() != r.get(p, BUY_BLOCK)) {
                double blockTao = r.getDouble(p, BLOCK_TAO);
                r.setDouble(p, SUM_SQ_BLOCK_TAO, r.getDouble(p, SUM_SQ_BLOCK_TAO) + blockTao * blockTao);
                r.setDouble(p, BLOCK_TAO, 0);
                r.set(p, BUY_BLOCK, t.block());
            }
            r.setDouble(p, BLOCK_TAO, r.getDouble(p, BLOCK_TAO) + t.tao());
            r.setDouble(p, TAO_IN, r.getDouble(p, TAO_IN) + t.tao());
            r.setDouble(p, ALPHA_IN, r.getDouble(p, ALPHA_IN) + t.alpha());
            r.set(p, BUYS, r.get(p, BUYS) + 1);
            if (t.priceBefore() > 0 && t.priceAfter() > 0) {
                r.setDouble(p, OWN_RISE, r.getDouble(p, OWN_RISE) + Math.log(t.priceAfter() / t.priceBefore()));
            }
            r.setDouble(p, TOP_PRICE, Math.max(r.getDouble(p, TOP_PRICE), t.priceAfter()));
            r.setDouble(p, SOLD_WHILE_BUYING, r.getDouble(p, ALPHA_OUT));
            book.traded(p, t.coldkey());
            return;
        }
        int p = r.find(actor);
        if (p < 0 || r.getDouble(p, ALPHA_IN) <= 0 || t.block() - r.get(p, FIRST) > HORIZON) {
            return;
        }
        double alphaIn = r.getDouble(p, ALPHA_IN);
        double alphaOut = r.getDouble(p, ALPHA_OUT) + t.alpha();
        r.setDouble(p, ALPHA_OUT, alphaOut);
        book.traded(p, t.coldkey());
        long held = t.block() - r.get(p, FIRST);
        double taoIn = r.getDouble(p, TAO_IN);
        double paid = taoIn / alphaIn;
        double gain = t.priceBefore() / paid - 1;
        double e = book.effectiveBlocks(p);
        long buys = r.get(p, BUYS);
        if (held < MIN_HOLD || !(gain > 0) || buys < MIN_BUYS || e < MIN_BLOCKS) {
            return;
        }
        double firstPrice = r.getDouble(p, FIRST_PRICE);
        double topPrice = r.getDouble(p, TOP_PRICE);
        double runUp = firstPrice > 0 && topPrice > firstPrice ? Math.log(topPrice / firstPrice) : 0;
        double own = Math.min(r.getDouble(p, OWN_RISE), runUp);
        if (!(own > 0)) {
            return;
        }
        double ownShare = own / runUp;
        double sold = Math.min(1, 2 * alphaOut / alphaIn);
        double oneSided = Math.max(0, 1 - 4 * r.getDouble(p, SOLD_WHILE_BUYING) / alphaIn);
        double score = 100 * own * ownShare * sold * Math.min(1, e / FULL_BLOCKS) * oneSided;
        Collection<Integer> keys = book.coldkeys(p);
        gate.offer(t.block(), t.netuid(), score, () -> String.format(Locale.ROOT, "one actor (%d coldkeys funded from "
                        + "one wallet, or one key) bought %.1f TAO in %d buys over %.0f effective blocks, its own buys "
                        + "lifting the price %.0f%% (%.0f%% of the run-up), and %d blocks after its first buy sells %.0f%% "
                        + "of the position %.0f%% above its average price; coldkeys %s",
                keys.size(), taoIn, buys, e, 100 * (Math.exp(own) - 1), 100 * ownShare, held,
                100 * Math.min(1, alphaOut / alphaIn), 100 * gain, Attribution.keys(keys)));
    }
}
