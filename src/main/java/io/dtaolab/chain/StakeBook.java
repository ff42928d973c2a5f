package io.dtaolab.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All stake positions: one {@link SharePool} per (hotkey, netuid). Netuid 0 is root, where value is TAO.
 * Keeps a running total per subnet so the ledger identity can be checked in O(subnets).
 */
final class StakeBook {
    private final Map<Long, SharePool> pools = new HashMap<>();
    private long[] stakedTotal;

    StakeBook(int subnetCapacity) {
        stakedTotal = new long[subnetCapacity];
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
        return pools.get(key(hotkey, netuid));
    }

    private SharePool poolOrCreate(int hotkey, int netuid) {
        return pools.computeIfAbsent(key(hotkey, netuid), k -> new SharePool());
    }

    long hotkeyStake(int hotkey, int netuid) {
        SharePool p = pool(hotkey, netuid);
        return p == null ? 0 : p.value();
    }

    long stake(int coldkey, int hotkey, int netuid) {
        SharePool p = pool(hotkey, netuid);
        return p == null ? 0 : p.valueOf(coldkey);
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
            stakedTotal = java.util.Arrays.copyOf(stakedTotal, capacity);
        }
    }

    /** Every (coldkey, hotkey) position on a subnet, in (hotkey, coldkey) order. */
    List<long[]> positions(int netuid) {
        List<Long> keys = new ArrayList<>();
        for (Long k : pools.keySet()) {
            if (netuidOf(k) == netuid) {
                keys.add(k);
            }
        }
        keys.sort(java.util.Comparator.comparingLong(k -> k * UNSPREAD));
        List<long[]> out = new ArrayList<>();
        for (Long k : keys) {
            SharePool p = pools.get(k);
            for (Integer cold : p.sharesView().keySet()) {
                out.add(new long[] {cold, hotkeyOf(k), p.valueOf(cold)});
            }
        }
        return out;
    }

    /** Removes every pool of a subnet (after dissolution paid them out). */
    void clearSubnet(int netuid) {
        pools.keySet().removeIf(k -> netuidOf(k) == netuid);
        stakedTotal[netuid] = 0;
    }

    /** Sorted keys, for hashing. */
    long[] sortedKeys() {
        return pools.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    }

    SharePool byKey(long key) {
        return pools.get(key);
    }
}
