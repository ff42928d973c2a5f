package io.dtaolab.chain;

import java.util.Arrays;

/**
 * Every hotkey's stake on every subnet as a share pool (subtensor primitives/share-pool), by dense pool id: the pool
 * value is the exact alpha (or, on root, TAO) held; coldkeys own shares of it. Dividends raise the value for every
 * nominator pro rata. Value and total shares sit side by side in one flat array; the shares live on the holder side
 * ({@link HolderShares}), and per pool only the list of its holders is kept, for rescaling, clearing and ordered
 * traversal ({@link #holdersSorted}), so nothing depends on insertion order.
 */
final class SharePools {
    private static final int[] NO_HOLDERS = new int[0];
    /** Pool p: [2p] = value, [2p + 1] = total shares. */
    private long[] state = new long[32];
    /** Pool p's holders (coldkeys) in slots [0, holderCount[p]), unordered; each knows its slot (HolderShares). */
    private int[][] holders = new int[16][];
    private int[] holderCount = new int[16];
    /** Pool p's position key ({@link StakeBook#positionKey}): its holders' rows are sorted by it. */
    private long[] keys = new long[16];
    private int size;
    private final HolderShares shares = new HolderShares();
    /** Per coldkey, how many times it became a holder of a pool ({@link StakeBook#entries}). */
    private int[] entries = new int[0];

    /** A new empty pool for the position {@code key}; returns its id. */
    int create(long key) {
        if (size == holderCount.length) {
            state = Arrays.copyOf(state, 4 * size);
            holders = Arrays.copyOf(holders, 2 * size);
            holderCount = Arrays.copyOf(holderCount, 2 * size);
            keys = Arrays.copyOf(keys, 2 * size);
        }
        holders[size] = NO_HOLDERS;
        keys[size] = key;
        return size++;
    }

    long value(int p) {
        return state[2 * p];
    }

    long totalShares(int p) {
        return state[2 * p + 1];
    }

    long shares(int p, int coldkey) {
        int i = shares.find(coldkey, keys[p]);
        return i < 0 ? 0 : shares.sharesAt(coldkey, i);
    }

    long valueOf(int p, int coldkey) {
        return valueOfShares(p, shares(p, coldkey));
    }

    /** What {@code s} shares of the pool are worth. */
    long valueOfShares(int p, long s) {
        long total = state[2 * p + 1];
        if (s == 0 || total == 0) {
            return 0;
        }
        long value = state[2 * p];
        return s == total ? value : Rao.mulDiv(s, value, total);
    }

    /** Whether the coldkey owns shares (a holder is removed with its last share). */
    boolean holds(int p, int coldkey) {
        return shares.find(coldkey, keys[p]) >= 0;
    }

    boolean hasHolders(int p) {
        return state[2 * p + 1] > 0;
    }

    void deposit(int p, int coldkey, long amount) {
        if (amount <= 0) {
            return;
        }
        long value = state[2 * p];
        long totalShares = state[2 * p + 1];
        long newShares;
        if (totalShares == 0 || value == 0) {
            // an empty (or fully drained) pool restarts at one share per unit
            if (totalShares != 0) {
                dropHolders(p);
            }
            totalShares = 0;
            newShares = amount;
        } else {
            keepSharePriceAtMostOne(p);
            totalShares = state[2 * p + 1];
            newShares = Rao.mulDiv(amount, totalShares, value);
            if (newShares == 0) {
                // only if the rescale could not run (overflow): the dust joins the pool rather than buying a whole share
                state[2 * p] = Math.addExact(value, amount);
                return;
            }
        }
        addShares(p, coldkey, newShares);
        state[2 * p + 1] = Math.addExact(totalShares, newShares);
        state[2 * p] = Math.addExact(value, amount);
    }

    private void addShares(int p, int coldkey, long newShares) {
        int i = shares.find(coldkey, keys[p]);
        if (i >= 0) {
            shares.setSharesAt(coldkey, i, shares.sharesAt(coldkey, i) + newShares);
            return;
        }
        int slot = holderCount[p];
        int[] list = holders[p];
        if (slot == list.length) {
            list = Arrays.copyOf(list, Math.max(4, 2 * slot));
            holders[p] = list;
        }
        list[slot] = coldkey;
        holderCount[p] = slot + 1;
        shares.insert(coldkey, i, keys[p], slot, newShares);
        if (coldkey >= entries.length) {
            entries = Arrays.copyOf(entries, Math.max(coldkey + 1, 2 * entries.length));
        }
        entries[coldkey]++;
    }

    int entries(int coldkey) {
        return coldkey < entries.length ? entries[coldkey] : 0;
    }

    /** Removes up to {@code amount} of the coldkey's value; returns what was actually removed. */
    long withdraw(int p, int coldkey, long amount) {
        int i = shares.find(coldkey, keys[p]);
        if (i < 0 || amount <= 0) {
            return 0;
        }
        long held = shares.sharesAt(coldkey, i);
        long value = state[2 * p];
        long totalShares = state[2 * p + 1];
        long ownValue = held == totalShares ? value : Rao.mulDiv(held, value, totalShares);
        long take = Math.min(amount, ownValue);
        long burnShares = take == ownValue ? held : Math.min(held, Rao.mulDivCeil(take, totalShares, value));
        if (burnShares == held) {
            take = ownValue;
            removeHolder(p, coldkey, i);
        } else {
            shares.setSharesAt(coldkey, i, held - burnShares);
        }
        totalShares -= burnShares;
        value -= take;
        if (totalShares == 0) {
            // value left with no shares is dust from flooring; hand it back with the last withdrawal
            take += value;
            value = 0;
        }
        state[2 * p] = value;
        state[2 * p + 1] = totalShares;
        return take;
    }

    private void removeHolder(int p, int coldkey, int entry) {
        int slot = shares.slotAt(coldkey, entry);
        shares.removeAt(coldkey, entry);
        int last = --holderCount[p];
        int[] list = holders[p];
        if (slot != last) {
            int moved = list[last];
            list[slot] = moved;
            shares.setSlotAt(moved, shares.find(moved, keys[p]), slot);
        }
    }

    /** Removes every holder's shares (the pool keeps its value and total; the caller resets them). */
    private void dropHolders(int p) {
        int[] list = holders[p];
        long key = keys[p];
        for (int k = 0; k < holderCount[p]; k++) {
            int c = list[k];
            shares.removeAt(c, shares.find(c, key));
        }
        holderCount[p] = 0;
        holders[p] = NO_HOLDERS;
    }

    /** Adds value for all share holders pro rata (dividends). With no holders, the caller must not call this. */
    void distribute(int p, long amount) {
        state[2 * p] = Math.addExact(state[2 * p], amount);
        keepSharePriceAtMostOne(p);
    }

    /**
     * The chain's shares are U64F64, so a deposit always gets its exact fraction. With integer shares, a pool whose
     * value outgrew its shares (dividends on few shares) would round deposits badly: a deposit worth less than one
     * share got one whole share, i.e. part of the other holders' value. Scaling every holder's shares by the same
     * integer keeps all ratios exact and one share worth at most one unit, so deposits always floor in the pool's
     * favour.
     */
    private void keepSharePriceAtMostOne(int p) {
        long value = state[2 * p];
        long totalShares = state[2 * p + 1];
        if (totalShares == 0 || value <= totalShares) {
            return;
        }
        long factor = value / totalShares + 1;
        if (Math.multiplyHigh(totalShares, factor) != 0 || totalShares * factor < 0) {
            return;
        }
        int[] list = holders[p];
        long key = keys[p];
        for (int k = 0; k < holderCount[p]; k++) {
            int c = list[k];
            int i = shares.find(c, key);
            shares.setSharesAt(c, i, shares.sharesAt(c, i) * factor);
        }
        state[2 * p + 1] = totalShares * factor;
    }

    /** Empties the pool: its holders lose their shares, value and total become 0 (subnet dissolution). */
    void clear(int p) {
        dropHolders(p);
        state[2 * p] = 0;
        state[2 * p + 1] = 0;
    }

    /** The holder side, for a walk over one coldkey's positions ({@link StakeBook#stakesOf}). */
    HolderShares holderShares() {
        return shares;
    }

    /** The pool's holders in ascending coldkey order. */
    int[] holdersSorted(int p) {
        int[] out = Arrays.copyOf(holders[p], holderCount[p]);
        Arrays.sort(out);
        return out;
    }
}
