package io.dtaolab.chain;

import java.util.Map;
import java.util.TreeMap;

/**
 * One hotkey's stake on one subnet as a share pool (subtensor primitives/share-pool): the pool value is
 * the exact alpha (or, on root, TAO) held; coldkeys own shares of it. Dividends raise the value for every
 * nominator pro rata. Lookups go through a hash map (hot pools have thousands of holders); every traversal
 * goes through {@link #sharesView()}, which is ordered by coldkey, so nothing depends on hash order.
 */
final class SharePool {
    private long value;
    private long totalShares;
    private final IntLongMap shares = new IntLongMap();

    long value() {
        return value;
    }

    long valueOf(int coldkey) {
        long s = shares.get(coldkey);
        if (s == 0 || totalShares == 0) {
            return 0;
        }
        return s == totalShares ? value : Rao.mulDiv(s, value, totalShares);
    }

    /** Whether the coldkey owns shares (a holder is removed with its last share). */
    boolean holds(int coldkey) {
        return shares.containsKey(coldkey);
    }

    void deposit(int coldkey, long amount) {
        if (amount <= 0) {
            return;
        }
        long newShares;
        if (totalShares == 0 || value == 0) {
            // an empty (or fully drained) pool restarts at one share per unit
            if (totalShares != 0) {
                shares.clear();
            }
            totalShares = 0;
            newShares = amount;
        } else {
            keepSharePriceAtMostOne();
            newShares = Rao.mulDiv(amount, totalShares, value);
            if (newShares == 0) {
                // only if the rescale could not run (overflow): the dust joins the pool rather than buying a whole share
                value = Math.addExact(value, amount);
                return;
            }
        }
        shares.add(coldkey, newShares);
        totalShares = Math.addExact(totalShares, newShares);
        value = Math.addExact(value, amount);
    }

    /** Removes up to {@code amount} of the coldkey's value; returns what was actually removed. */
    long withdraw(int coldkey, long amount) {
        long held = shares.get(coldkey);
        if (held == 0 || amount <= 0) {
            return 0;
        }
        long ownValue = valueOf(coldkey);
        long take = Math.min(amount, ownValue);
        long burnShares = take == ownValue ? held : Math.min(held, Rao.mulDivCeil(take, totalShares, value));
        if (burnShares == held) {
            take = ownValue;
            shares.remove(coldkey);
        } else {
            shares.put(coldkey, held - burnShares);
        }
        totalShares -= burnShares;
        value -= take;
        if (totalShares == 0) {
            // value left with no shares is dust from flooring; hand it back with the last withdrawal
            take += value;
            value = 0;
        }
        return take;
    }

    /** Adds value for all share holders pro rata (dividends). With no holders, the caller must not call this. */
    void distribute(long amount) {
        value = Math.addExact(value, amount);
        keepSharePriceAtMostOne();
    }

    /**
     * The chain's shares are U64F64, so a deposit always gets its exact fraction. With integer shares, a pool whose
     * value outgrew its shares (dividends on few shares) would round deposits badly: a deposit worth less than one
     * share got one whole share, i.e. part of the other holders' value. Scaling every holder's shares by the same
     * integer keeps all ratios exact and one share worth at most one unit, so deposits always floor in the pool's
     * favour.
     */
    private void keepSharePriceAtMostOne() {
        if (totalShares == 0 || value <= totalShares) {
            return;
        }
        long factor = value / totalShares + 1;
        if (Math.multiplyHigh(totalShares, factor) != 0 || totalShares * factor < 0) {
            return;
        }
        shares.scaleAll(factor);
        totalShares *= factor;
    }

    boolean hasHolders() {
        return totalShares > 0;
    }

    /** Holders and their shares, ordered by coldkey. */
    Map<Integer, Long> sharesView() {
        TreeMap<Integer, Long> view = new TreeMap<>();
        for (int c : shares.keysSorted()) {
            view.put(c, shares.get(c));
        }
        return java.util.Collections.unmodifiableMap(view);
    }

    long totalShares() {
        return totalShares;
    }
}
