package io.dtaolab.analysis.detect;

import java.util.Locale;

/**
 * EMA / epoch timing: an actor that takes a position shortly before the subnet's epoch and exits right after it, epoch
 * after epoch — activity that clusters at the moments the chain reads stake and price (emission and dividends at the
 * epoch). Epochs follow the chain's public tempo schedule: block E is an epoch of subnet n when (E + n + 1) mod
 * ({@value #TEMPO} + 1) = 0 (the staggered schedule of every preset's tempo {@value #TEMPO}; exact under launch, v3,
 * taoflow and netflow, an approximation under the last-epoch presets, which delay epochs when more than two are due).
 * <p>
 * A round trip is a position (one actor: the keys one wallet funded, see {@link FundingClusters}) opened from flat and
 * closed (at least {@value #CLOSED} of it sold). It is <i>epoch-timed</i> when an epoch fell inside it, the exit came
 * within {@value #EXIT_BLOCKS} blocks after that epoch and the position was opened within the tempo before it. By chance
 * that happens to about 1 % of round trips (exit phase uniform over the tempo), so busy traders score little. Score:
 * t × t / n, with t the actor's epoch-timed round trips and n all its round trips on the subnet, both counted with a
 * {@value #WINDOW}-block exponential decay (constant state per actor and subnet).
 */
public final class EmaTimingDetector implements Detector {
    public static final String NAME = "ema-timing";
    static final int TEMPO = 360;
    static final long EXIT_BLOCKS = 3;
    static final double CLOSED = 0.9;
    static final double WINDOW = 7_200;

    /** One actor's round trips on one subnet: a row of {@link KeyedRows} (a fresh actor has nothing open). */
    private static final int OPENED = 0;
    private static final int ALPHA_IN = 1;
    private static final int ALPHA_OUT = 2;
    private static final int TIMED = 3;
    private static final int TRIPS = 4;
    private static final int DECAYED_AT = 5;

    private final FundingClusters clusters;

    public EmaTimingDetector() {
        this(new FundingClusters());
    }

    /** Sharing {@code clusters} with the bank's other detectors (see {@link FundingClusters}). */
    EmaTimingDetector(FundingClusters clusters) {
        this.clusters = clusters;
    }
    private final PerSubnet<KeyedRows> books = new PerSubnet<>(() -> new KeyedRows(-1, 0, 0, 0, 0, 0));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 2.33;
    }

    @Override
    public void onFunding(FundingEvent f, AlarmGate gate) {
        clusters.add(f);
    }

    /** The last epoch of the subnet at or before {@code block}. */
    static long lastEpoch(long block, int netuid) {
        long period = TEMPO + 1L;
        return block - Math.floorMod(block + netuid + 1, period);
    }

    @Override
    public void onTrade(TradeEvent t, AlarmGate gate) {
        long actor = clusters.actor(t.coldkey());
        KeyedRows book = books.getOrCreate(t.netuid());
        // a sale by an actor never seen here changes nothing (a fresh actor has nothing open): no entry made for it
        int a = t.buy() ? book.findOrAdd(actor) : book.find(actor);
        if (a < 0) {
            return;
        }
        if (t.buy()) {
            if (book.get(a, OPENED) < 0) {
                book.set(a, OPENED, t.block());
                book.setDouble(a, ALPHA_IN, 0);
                book.setDouble(a, ALPHA_OUT, 0);
            }
            book.setDouble(a, ALPHA_IN, book.getDouble(a, ALPHA_IN) + t.alpha());
            return;
        }
        long opened = book.get(a, OPENED);
        double alphaIn = book.getDouble(a, ALPHA_IN);
        if (opened < 0 || alphaIn <= 0) {
            return;
        }
        double alphaOut = book.getDouble(a, ALPHA_OUT) + t.alpha();
        book.setDouble(a, ALPHA_OUT, alphaOut);
        if (alphaOut < CLOSED * alphaIn) {
            return;
        }
        book.set(a, OPENED, -1);
        // the counts decay with a {@value #WINDOW}-block time constant since they were last touched
        double f = Math.exp(-(t.block() - book.get(a, DECAYED_AT)) / WINDOW);
        double timed = book.getDouble(a, TIMED) * f;
        double trips = book.getDouble(a, TRIPS) * f + 1;
        book.set(a, DECAYED_AT, t.block());
        book.setDouble(a, TRIPS, trips);
        book.setDouble(a, TIMED, timed);
        long epoch = lastEpoch(t.block(), t.netuid());
        boolean isTimed = t.block() - epoch <= EXIT_BLOCKS && opened < epoch && epoch - opened <= TEMPO;
        if (!isTimed) {
            return;
        }
        timed += 1;
        book.setDouble(a, TIMED, timed);
        double score = timed * timed / trips;
        double tt = timed;
        double n = trips;
        gate.offer(t.block(), t.netuid(), score, () -> String.format(Locale.ROOT, "one actor (a key, or keys funded from "
                        + "one wallet) opened a position %d blocks before the epoch at block %d and closed it %d blocks after; "
                        + "%.1f of its %.1f round trips on the subnet in the last ~%.0f blocks straddle an epoch this way "
                        + "(by chance about 1 %%); coldkey %d", epoch - opened, epoch, t.block() - epoch, tt, n, WINDOW,
                t.coldkey()));
    }
}
