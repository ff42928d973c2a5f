package io.dtaolab.agents.honest;

import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Rng;
import io.dtaolab.agents.Signals;
import io.dtaolab.agents.Trading;

/**
 * What makes one honest agent differ from the rest of its group and keeps it from chasing a bubble: personal
 * factors drawn once from its own stream (log-normal around the group's value, so the group value is the median),
 * and the valuation anchor every honest trader reads: the lower of two slow price estimates, the chain's price EMA
 * and the price a week ago (or at the start of the run, if that is later). Spot above either is expensive; spot below
 * both is cheap. The lower one, because a snapshot EMA can sit far above spot after a crash (it lags by weeks) and a
 * trader who took it for fair value would buy a 4× "bargain" all in one day.
 */
final class Temperament {
    private Temperament() {
    }

    /** A personal factor with median 1 and log-normal sigma {@code spread} (1 when spread is 0: no draw is made). */
    static double factor(Rng rng, double spread) {
        return spread > 0 ? Math.exp(spread * Trading.normal(rng)) : 1;
    }

    /** {@link #factor} for {@code spread > 0} from its two draws ({@link Trading#normal(double, double)}). */
    static double factor(double u1, double u2, double spread) {
        return Math.exp(spread * Trading.normal(u1, u2));
    }

    /** Blocks back to the second slow estimate: a week (the price window {@link Signals} keeps). */
    static final int WEEK_BLOCKS = 7 * (int) Trading.BLOCKS_PER_DAY;

    /** Spot over the valuation anchor, minus 1: how far the market trades above its slow estimates (0 without one). */
    static double premium(MarketView v, Signals s, int netuid) {
        double ema = v.emaPrice(netuid);
        double week = s.priceAgo(netuid, WEEK_BLOCKS);
        double anchor = ema > 0 && week > 0 ? Math.min(ema, week) : Math.max(ema, week);
        double spot = v.spotPrice(netuid);
        return anchor > 0 && spot > 0 ? spot / anchor - 1 : 0;
    }
}
