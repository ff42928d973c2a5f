package io.dtaolab.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * All stake positions: one share pool per (hotkey, netuid) in {@link SharePools}, by a dense pool id assigned when
 * the pool is first deposited to. Netuid 0 is root, where value is TAO. Pool ids sit in one array per subnet indexed
 * by the dense hotkey id (no boxed keys or hashing on a stake read). Keeps a running total per subnet so the ledger
 * identity can be checked in O(subnets).
 */
final class StakeBook {
    private static final int[] NONE = {0};
    /**
     * [netuid]: row[0] = the lowest hotkey the row covers, row[1 + hotkey - row[0]] = pool id + 1, 0 if the hotkey
     * has no pool there. A subnet's neurons are created together, so its validators' ids sit next to the row's
     * start and a stake read touches the row's first cache line.
     */
    private int[][] poolIds;
    private long[] stakedTotal;
    private final SharePools pools = new SharePools();

    StakeBook(int subnetCapacity) {
        stakedTotal = new long[subnetCapacity];
        poolIds = new int[subnetCapacity][];
        Arrays.fill(poolIds, NONE);
    }

    /** Odd multiplier spreading packed keys over the hash table; invertible modulo 2^64, so keys decode exactly. */
    private static final long SPREAD = 0x9E3779B97F4A7C15L;
    private static final long UNSPREAD = inverse(SPREAD);

    private static long inverse(long odd) {
        long inv = odd;
        for (int i = 0; i < 6; i++) {
            inv *= 2 - odd * inv;
        }
        return inv;
    }

    private static long key(int hotkey, int netuid) {
        return (((long) hotkey << 16) | netuid) * SPREAD;
    }

    static int hotkeyOf(long key) {
        return (int) ((key * UNSPREAD) >>> 16);
    }

    static int netuidOf(long key) {
        return (int) ((key * UNSPREAD) & 0xFFFF);
    }

    /** The pool id of the hotkey on the subnet, or -1 if it has no pool there. */
    private int pool(int hotkey, int netuid) {
        int[] row = poolIds[netuid];
        int i = 1 + hotkey - row[0];
        return i >= 1 && i < row.length ? row[i] - 1 : -1;
    }

    /** The key holder rows sort positions by: netuid, then hotkey ({@link StakeRow#key}). */
    static long positionKey(int hotkey, int netuid) {
        return StakeRow.key(hotkey, netuid);
    }

    private int poolOrCreate(int hotkey, int netuid) {
        if (hotkey < 0 || hotkey > StakeRow.MAX_HOTKEY) {
            throw new IllegalArgumentException("hotkey id " + hotkey + " out of the stake book's range");
        }
        int[] row = poolIds[netuid];
        if (row.length == 1) {
            row = new int[] {hotkey, 0};
        } else if (hotkey < row[0]) {
            int shift = row[0] - hotkey;
            int[] wider = new int[row.length + shift];
            System.arraycopy(row, 1, wider, 1 + shift, row.length - 1);
            wider[0] = hotkey;
            row = wider;
        } else if (1 + hotkey - row[0] >= row.length) {
            row = Arrays.copyOf(row, Math.max(2 + hotkey - row[0], 2 * row.length - 1));
        }
        poolIds[netuid] = row;
        int i = 1 + hotkey - row[0];
        if (row[i] == 0) {
            row[i] = pools.create(positionKey(hotkey, netuid)) + 1;
        }
        return row[i] - 1;
    }

    long hotkeyStake(int hotkey, int netuid) {
        int p = pool(hotkey, netuid);
        return p < 0 ? 0 : pools.value(p);
    }

    /** {@link HolderShares#touch}: brings the coldkey's positions into the cache; the value means nothing. */
    long touchPositions(int coldkey) {
        return pools.holderShares().touch(coldkey);
    }

    long stake(int coldkey, int hotkey, int netuid) {
        int p = pool(hotkey, netuid);
        return p < 0 ? 0 : pools.valueOf(p, coldkey);
    }

    boolean holdsShares(int coldkey, int hotkey, int netuid) {
        int p = pool(hotkey, netuid);
        return p >= 0 && pools.holds(p, coldkey);
    }

    /**
     * Fills {@code out} with every position the coldkey holds shares of, in one pass over its holder row (ascending
     * (netuid, hotkey)), each valued as {@link #stake} values it.
     */
    void stakesOf(int coldkey, StakeRow out) {
        out.clear();
        HolderShares holders = pools.holderShares();
        int m = holders.count(coldkey);
        if (m == 0) {
            return;
        }
        long[] row = holders.row(coldkey);
        for (int i = 0; i < m; i++) {
            long key = HolderShares.keyOfEntry(row, i);
            int p = pool((int) (key & StakeRow.MAX_HOTKEY), (int) (key >>> StakeRow.HOTKEY_BITS));
            out.add(key, pools.valueOfShares(p, HolderShares.sharesOfEntry(row, i)));
        }
    }

    /**
     * A count that rises whenever the coldkey becomes a holder of a pool (a position enters its row). While it stays
     * the same, the coldkey holds shares of no position it did not hold when the count was read.
     */
    int entries(int coldkey) {
        return pools.entries(coldkey);
    }

    /**
     * For each position (netuid n, hotkeys[askedAt[n] - 1]) the coldkey holds shares of, with askedAt[n] > 0, sets
     * stakes[askedAt[n] - 1] to its value as {@link #stake} reads it, in one pass over the coldkey's holder row; other
     * entries of {@code stakes} are left as they are.
     */
    void stakesAt(int coldkey, int[] askedAt, int[] hotkeys, long[] stakes) {
        HolderShares holders = pools.holderShares();
        int m = holders.count(coldkey);
        if (m == 0) {
            return;
        }
        long[] row = holders.row(coldkey);
        for (int e = 0; e < m; e++) {
            long key = HolderShares.keyOfEntry(row, e);
            int netuid = (int) (key >>> StakeRow.HOTKEY_BITS);
            int hotkey = (int) (key & StakeRow.MAX_HOTKEY);
            int i = netuid < askedAt.length ? askedAt[netuid] - 1 : -1;
            if (i >= 0 && hotkeys[i] == hotkey) {
                stakes[i] = pools.valueOfShares(pool(hotkey, netuid), HolderShares.sharesOfEntry(row, e));
            }
        }
    }

    void deposit(int coldkey, int hotkey, int netuid, long amount) {
        if (amount <= 0) {
            return;
        }
        pools.deposit(poolOrCreate(hotkey, netuid), coldkey, amount);
        stakedTotal[netuid] += amount;
    }

    long withdraw(int coldkey, int hotkey, int netuid, long amount) {
        int p = pool(hotkey, netuid);
        if (p < 0) {
            return 0;
        }
        long taken = pools.withdraw(p, coldkey, amount);
        stakedTotal[netuid] -= taken;
        return taken;
    }

    /** Adds to a hotkey's pool pro rata to its holders; returns false (nothing added) if it has none. */
    boolean distribute(int hotkey, int netuid, long amount) {
        int p = pool(hotkey, netuid);
        if (p < 0 || !pools.hasHolders(p) || amount <= 0) {
            return false;
        }
        pools.distribute(p, amount);
        stakedTotal[netuid] += amount;
        return true;
    }

    long stakedTotal(int netuid) {
        return stakedTotal[netuid];
    }

    void growTo(int capacity) {
        if (capacity > stakedTotal.length) {
            int old = stakedTotal.length;
            stakedTotal = Arrays.copyOf(stakedTotal, capacity);
            poolIds = Arrays.copyOf(poolIds, capacity);
            Arrays.fill(poolIds, old, capacity, NONE);
        }
    }

    /** Every (coldkey, hotkey) position on a subnet, in (hotkey, coldkey) order. */
    List<long[]> positions(int netuid) {
        List<long[]> out = new ArrayList<>();
        int[] row = poolIds[netuid];
        for (int i = 1; i < row.length; i++) {
            int p = row[i] - 1;
            if (p < 0) {
                continue;
            }
            int hotkey = row[0] + i - 1;
            for (int cold : pools.holdersSorted(p)) {
                out.add(new long[] {cold, hotkey, pools.valueOf(p, cold)});
            }
        }
        return out;
    }

    /** Removes every pool of a subnet (after dissolution paid them out); their ids are not reused. */
    void clearSubnet(int netuid) {
        int[] row = poolIds[netuid];
        for (int i = 1; i < row.length; i++) {
            if (row[i] != 0) {
                pools.clear(row[i] - 1);
            }
        }
        poolIds[netuid] = NONE;
        stakedTotal[netuid] = 0;
    }

    /** Keys of every pool in ascending key order, for hashing. */
    long[] sortedKeys() {
        int count = 0;
        for (int[] row : poolIds) {
            for (int i = 1; i < row.length; i++) {
                count += row[i] == 0 ? 0 : 1;
            }
        }
        long[] keys = new long[count];
        int k = 0;
        for (int netuid = 0; netuid < poolIds.length; netuid++) {
            int[] row = poolIds[netuid];
            for (int i = 1; i < row.length; i++) {
                if (row[i] != 0) {
                    keys[k++] = key(row[0] + i - 1, netuid);
                }
            }
        }
        Arrays.sort(keys);
        return keys;
    }

    /** The pool's value (the hotkey's stake) by {@link #sortedKeys} key. */
    long valueByKey(long key) {
        return hotkeyStake(hotkeyOf(key), netuidOf(key));
    }

    /** The pool's holders and their shares by {@link #sortedKeys} key: [2i] = coldkey, [2i + 1] = shares, by coldkey. */
    long[] sharesByKey(long key) {
        int p = pool(hotkeyOf(key), netuidOf(key));
        int[] holders = pools.holdersSorted(p);
        long[] out = new long[2 * holders.length];
        for (int i = 0; i < holders.length; i++) {
            out[2 * i] = holders[i];
            out[2 * i + 1] = pools.shares(p, holders[i]);
        }
        return out;
    }
}
