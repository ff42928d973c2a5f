package io.dtaolab.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * All stake positions: one {@link SharePool} per (hotkey, netuid). Netuid 0 is root, where value is TAO.
 * Pools sit in one array per subnet indexed by the dense hotkey id (no boxed keys or hashing on every stake
 * read). Keeps a running total per subnet so the ledger identity can be checked in O(subnets).
 */
final class StakeBook {
    private static final SharePool[] NONE = new SharePool[0];
    private SharePool[][] pools;
    private long[] stakedTotal;

    StakeBook(int subnetCapacity) {
        stakedTotal = new long[subnetCapacity];
        pools = new SharePool[subnetCapacity][];
        Arrays.fill(pools, NONE);
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

    SharePool pool(int hotkey, int netuid) {
        SharePool[] row = pools[netuid];
        return hotkey >= 0 && hotkey < row.length ? row[hotkey] : null;
    }

    private SharePool poolOrCreate(int hotkey, int netuid) {
        SharePool[] row = pools[netuid];
        if (hotkey >= row.length) {
            row = Arrays.copyOf(row, Math.max(hotkey + 1, row.length * 2));
            pools[netuid] = row;
        }
        SharePool p = row[hotkey];
        if (p == null) {
            p = new SharePool();
            row[hotkey] = p;
        }
        return p;
    }

    long hotkeyStake(int hotkey, int netuid) {
        SharePool p = pool(hotkey, netuid);
        return p == null ? 0 : p.value();
    }

    long stake(int coldkey, int hotkey, int netuid) {
        SharePool p = pool(hotkey, netuid);
        return p == null ? 0 : p.valueOf(coldkey);
    }

    boolean holdsShares(int coldkey, int hotkey, int netuid) {
        SharePool p = pool(hotkey, netuid);
        return p != null && p.holds(coldkey);
    }

    void deposit(int coldkey, int hotkey, int netuid, long amount) {
        if (amount <= 0) {
            return;
        }
        poolOrCreate(hotkey, netuid).deposit(coldkey, amount);
        stakedTotal[netuid] += amount;
    }

    long withdraw(int coldkey, int hotkey, int netuid, long amount) {
        SharePool p = pool(hotkey, netuid);
        if (p == null) {
            return 0;
        }
        long taken = p.withdraw(coldkey, amount);
        stakedTotal[netuid] -= taken;
        return taken;
    }

    /** Adds to a hotkey's pool pro rata to its holders; returns false (nothing added) if it has none. */
    boolean distribute(int hotkey, int netuid, long amount) {
        SharePool p = pool(hotkey, netuid);
        if (p == null || !p.hasHolders() || amount <= 0) {
            return false;
        }
        p.distribute(amount);
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
            pools = Arrays.copyOf(pools, capacity);
            Arrays.fill(pools, old, capacity, NONE);
        }
    }

    /** Every (coldkey, hotkey) position on a subnet, in (hotkey, coldkey) order. */
    List<long[]> positions(int netuid) {
        List<long[]> out = new ArrayList<>();
        SharePool[] row = pools[netuid];
        for (int hotkey = 0; hotkey < row.length; hotkey++) {
            SharePool p = row[hotkey];
            if (p == null) {
                continue;
            }
            for (Integer cold : p.sharesView().keySet()) {
                out.add(new long[] {cold, hotkey, p.valueOf(cold)});
            }
        }
        return out;
    }

    /** Removes every pool of a subnet (after dissolution paid them out). */
    void clearSubnet(int netuid) {
        pools[netuid] = NONE;
        stakedTotal[netuid] = 0;
    }

    /** Keys of every pool in ascending key order, for hashing. */
    long[] sortedKeys() {
        int count = 0;
        for (SharePool[] row : pools) {
            for (SharePool p : row) {
                count += p == null ? 0 : 1;
            }
        }
        long[] keys = new long[count];
        int k = 0;
        for (int netuid = 0; netuid < pools.length; netuid++) {
            SharePool[] row = pools[netuid];
            for (int hotkey = 0; hotkey < row.length; hotkey++) {
                if (row[hotkey] != null) {
                    keys[k++] = key(hotkey, netuid);
                }
            }
        }
        Arrays.sort(keys);
        return keys;
    }

    SharePool byKey(long key) {
        return pool(hotkeyOf(key), netuidOf(key));
    }
}
