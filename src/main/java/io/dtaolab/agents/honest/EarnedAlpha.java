package io.dtaolab.agents.honest;

import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import java.util.Arrays;

/**
 * Alpha positions (coldkey, hotkey, netuid) whose growth an agent sells a share of: per position the alpha it kept
 * after its last sale; what the chain paid into the position since (incentive, owner cut, dividends) is earned.
 */
final class EarnedAlpha {
    /**
     * Sellers wake this often and sell each position with probability WAKE_BLOCKS/mean gap: every position has its
     * own Poisson clock, so thousands of holders and miners do not all sell in the same block.
     */
    static final long WAKE_BLOCKS = 36;
    private int[] coldkeys = new int[8];
    private int[] hotkeys = new int[8];
    private int[] netuids = new int[8];
    private long[] kept = new long[8];
    private long[] lastSale = new long[8];
    private int count;

    /** Starts following a position at what it holds now (nothing held is earned yet). */
    void track(MarketView v, int coldkey, int hotkey, int netuid) {
        if (count == coldkeys.length) {
            coldkeys = Arrays.copyOf(coldkeys, count * 2);
            hotkeys = Arrays.copyOf(hotkeys, count * 2);
            netuids = Arrays.copyOf(netuids, count * 2);
            kept = Arrays.copyOf(kept, count * 2);
            lastSale = Arrays.copyOf(lastSale, count * 2);
        }
        coldkeys[count] = coldkey;
        hotkeys[count] = hotkey;
        netuids[count] = netuid;
        kept[count] = v.stake(coldkey, hotkey, netuid);
        lastSale[count] = v.block();
        count++;
    }

    int size() {
        return count;
    }

    int coldkey(int i) {
        return coldkeys[i];
    }

    int hotkey(int i) {
        return hotkeys[i];
    }

    int netuid(int i) {
        return netuids[i];
    }

    /**
     * Alpha to sell from position {@code i}: {@code shareOfEarned} of what it earned since the last sale plus
     * {@code keptSharePerDay} of what it kept for each day since the last sale, at most what it holds; 0 when that
     * would be below the minimum order (the earnings and the days then wait for the next call). Records the sale as
     * made.
     */
    long sell(MarketView v, int i, double shareOfEarned, double keptSharePerDay) {
        int n = netuids[i];
        if (!v.exists(n)) {
            return 0;
        }
        long held = v.stake(coldkeys[i], hotkeys[i], n);
        kept[i] = Math.min(kept[i], held); // someone else sharing the key sold (an insider owning the subnet)
        long earned = held - kept[i];
        double days = (v.block() - lastSale[i]) / (double) Trading.BLOCKS_PER_DAY;
        long want = Math.min(held, (long) (shareOfEarned * earned + Math.min(1, keptSharePerDay * days) * kept[i]));
        long alpha = Trading.sellable(v, n, held, want);
        if (alpha > 0) {
            kept[i] = held - alpha;
            lastSale[i] = v.block();
        }
        return alpha;
    }
}
