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

    private static final class Actor {
        long opened = -1;
        double alphaIn;
        double alphaOut;
        double timed;
        double trips;
        long decayedAt;

        void decay(long block) {
            double f = Math.exp(-(block - decayedAt) / WINDOW);
            timed *= f;
            trips *= f;
            decayedAt = block;
        }
    }

    private final FundingClusters clusters = new FundingClusters();
    private final LongKeyMap<LongKeyMap<Actor>> books = new LongKeyMap<>();

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
        LongKeyMap<Actor> book = books.computeIfAbsent(t.netuid(), n -> new LongKeyMap<>());
        // a sale by an actor never seen here changes nothing (a fresh actor has nothing open): no entry made for it
        Actor a = t.buy() ? book.computeIfAbsent(actor, k -> new Actor()) : book.get(actor);
        if (a == null) {
            return;
        }
        if (t.buy()) {
            if (a.opened < 0) {
                a.opened = t.block();
                a.alphaIn = 0;
                a.alphaOut = 0;
            }
            a.alphaIn += t.alpha();
            return;
        }
        if (a.opened < 0 || a.alphaIn <= 0) {
            return;
        }
        a.alphaOut += t.alpha();
        if (a.alphaOut < CLOSED * a.alphaIn) {
            return;
        }
        long opened = a.opened;
        a.opened = -1;
        a.decay(t.block());
        a.trips += 1;
        long epoch = lastEpoch(t.block(), t.netuid());
        boolean timed = t.block() - epoch <= EXIT_BLOCKS && opened < epoch && epoch - opened <= TEMPO;
        if (!timed) {
            return;
        }
        a.timed += 1;
        double score = a.timed * a.timed / a.trips;
        double tt = a.timed;
        double n = a.trips;
        gate.offer(t.block(), t.netuid(), score, () -> String.format(Locale.ROOT, "one actor (a key, or keys funded from "
                        + "one wallet) opened a position %d blocks before the epoch at block %d and closed it %d blocks after; "
                        + "%.1f of its %.1f round trips on the subnet in the last ~%.0f blocks straddle an epoch this way "
                        + "(by chance about 1 %%); coldkey %d", epoch - opened, epoch, t.block() - epoch, tt, n, WINDOW,
                t.coldkey()));
    }
}
