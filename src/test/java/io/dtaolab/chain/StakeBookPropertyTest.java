package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The stake book (dense pool ids, shares kept per holder) against a plain reference: one TreeMap of holders per
 * (hotkey, netuid) pool with the share-pool arithmetic written out as the chain defines it (rescaling to keep a share
 * worth at most one unit, flooring deposits, ceiling burns, the last share taking the dust, a drained pool restarting).
 * Over random deposits, withdrawals, dividends (small and huge, so rescales run) and subnet dissolutions, every read,
 * every position list, every coldkey's one-pass row ({@link StakeBook#stakesOf}), every key and every holder's shares
 * stay equal, and a coldkey's entry count ({@link StakeBook#entries}) rises by one with each deposit that makes it a
 * holder (again) and with nothing else.
 */
class StakeBookPropertyTest {
    private static final int SUBNETS = 4;
    /** Sparse hotkey ids, so pools appear below, inside and far above a subnet's first one. */
    private static final int[] HOTKEYS = {0, 2, 3, 9, 40, 1031};
    private static final int COLDKEYS = 40;

    /** The share-pool rules as plainly as they can be written. */
    static final class ReferencePool {
        long value;
        long totalShares;
        final TreeMap<Integer, Long> shares = new TreeMap<>();

        long valueOf(int c) {
            long s = shares.getOrDefault(c, 0L);
            if (s == 0 || totalShares == 0) {
                return 0;
            }
            return s == totalShares ? value : Rao.mulDiv(s, value, totalShares);
        }

        void deposit(int c, long amount) {
            long newShares;
            if (totalShares == 0 || value == 0) {
                shares.clear();
                totalShares = 0;
                newShares = amount;
            } else {
                rescale();
                newShares = Rao.mulDiv(amount, totalShares, value);
                if (newShares == 0) {
                    value += amount;
                    return;
                }
            }
            shares.merge(c, newShares, Long::sum);
            totalShares += newShares;
            value += amount;
        }

        long withdraw(int c, long amount) {
            long held = shares.getOrDefault(c, 0L);
            if (held == 0 || amount <= 0) {
                return 0;
            }
            long own = valueOf(c);
            long take = Math.min(amount, own);
            long burn = take == own ? held : Math.min(held, Rao.mulDivCeil(take, totalShares, value));
            if (burn == held) {
                take = own;
                shares.remove(c);
            } else {
                shares.put(c, held - burn);
            }
            totalShares -= burn;
            value -= take;
            if (totalShares == 0) {
                take += value;
                value = 0;
            }
            return take;
        }

        void distribute(long amount) {
            value += amount;
            rescale();
        }

        private void rescale() {
            if (totalShares == 0 || value <= totalShares) {
                return;
            }
            long factor = value / totalShares + 1;
            if (Math.multiplyHigh(totalShares, factor) != 0 || totalShares * factor < 0) {
                return;
            }
            shares.replaceAll((c, s) -> s * factor);
            totalShares *= factor;
        }
    }

    /** Pools by (netuid, hotkey), created on the first positive deposit, dropped when their subnet dissolves. */
    private final Map<Integer, TreeMap<Integer, ReferencePool>> reference = new TreeMap<>();
    private final long[] referenceTotal = new long[SUBNETS];

    private ReferencePool pool(int hotkey, int netuid) {
        return reference.computeIfAbsent(netuid, n -> new TreeMap<>()).get(hotkey);
    }

    /** The reference's positions of coldkey c as (netuid, hotkey) keys. */
    private java.util.Set<Long> held(int c) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (var byNetuid : reference.entrySet()) {
            for (var e : byNetuid.getValue().entrySet()) {
                if (e.getValue().shares.containsKey(c)) {
                    out.add(StakeRow.key(e.getKey(), byNetuid.getKey()));
                }
            }
        }
        return out;
    }

    @Test
    void matchesTheReferenceOverRandomOperations() {
        int reentered = 0;
        int entered = 0;
        for (int seed = 1; seed <= 16; seed++) {
            reference.clear();
            java.util.Arrays.fill(referenceTotal, 0);
            StakeBook book = new StakeBook(SUBNETS);
            SplittableRandom r = new SplittableRandom(seed);
            int ops = 3_000;
            int[] entries = new int[COLDKEYS];
            java.util.List<java.util.Set<Long>> everHeld = new ArrayList<>();
            for (int c = 0; c < COLDKEYS; c++) {
                everHeld.add(new java.util.HashSet<>());
            }
            for (int op = 0; op < ops; op++) {
                int c = r.nextInt(COLDKEYS);
                int hk = HOTKEYS[r.nextInt(HOTKEYS.length)];
                int n = r.nextInt(SUBNETS);
                String at = "seed " + seed + " op " + op;
                java.util.Set<Long> before = held(c);
                int kind = r.nextInt(10);
                switch (kind) {
                    case 0, 1, 2, 3 -> {
                        long amount = amount(r);
                        book.deposit(c, hk, n, amount);
                        if (amount > 0) {
                            reference.computeIfAbsent(n, x -> new TreeMap<>()).computeIfAbsent(hk, x -> new ReferencePool())
                                    .deposit(c, amount);
                            referenceTotal[n] += amount;
                        }
                    }
                    case 4, 5, 6 -> {
                        // mostly a part or all of what is held, sometimes more, sometimes a coldkey holding nothing
                        ReferencePool p = pool(hk, n);
                        long held = p == null ? 0 : p.valueOf(c);
                        long amount = switch (r.nextInt(4)) {
                            case 0 -> held;
                            case 1 -> held + 1 + r.nextInt(1000);
                            case 2 -> amount(r);
                            default -> held <= 1 ? held : 1 + r.nextLong(held);
                        };
                        long expected = p == null ? 0 : p.withdraw(c, amount);
                        referenceTotal[n] -= expected;
                        assertEquals(expected, book.withdraw(c, hk, n, amount), at + " withdraw");
                    }
                    case 7, 8 -> {
                        ReferencePool p = pool(hk, n);
                        // dividends: small ones, and ones that push a share's price far above one unit
                        long value = p == null ? 0 : p.value;
                        long amount = r.nextBoolean() || value >= 1L << 40 ? amount(r) : value * (1 + r.nextInt(50));
                        boolean expected = p != null && p.totalShares > 0 && amount > 0;
                        if (expected) {
                            p.distribute(amount);
                            referenceTotal[n] += amount;
                        }
                        assertEquals(expected, book.distribute(hk, n, amount), at + " distribute");
                    }
                    default -> {
                        if (r.nextInt(40) == 0) {
                            reference.remove(n);
                            referenceTotal[n] = 0;
                            book.clearSubnet(n);
                        }
                    }
                }
                check(book, at);
                // the entry count: up by one for a deposit that made c a holder again, else unchanged for everyone
                java.util.Set<Long> now = held(c);
                now.removeAll(before);
                for (int k = 0; k < COLDKEYS; k++) {
                    int delta = book.entries(k) - entries[k];
                    entries[k] += delta;
                    int most = k == c && kind <= 3 ? 1 : 0;
                    int least = k == c ? now.size() : 0;
                    if (delta < least || delta > most) {
                        assertEquals(least, delta, at + " entries of " + k);
                    }
                }
                for (long key : now) {
                    entered++;
                    reentered += everHeld.get(c).add(key) ? 0 : 1;
                }
            }
        }
        // positions entered, and entered again after the coldkey had left them
        org.junit.jupiter.api.Assertions.assertTrue(entered > 100 && reentered > 100, entered + " entered, " + reentered + " again");
    }

    /** Mostly trader-sized amounts, some dust, now and then zero or a negative (ignored). */
    private static long amount(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> r.nextInt(3) - 1;
            case 1 -> 1 + r.nextInt(10);
            case 2 -> 1 + r.nextLong(1L << 44);
            default -> 1 + r.nextLong(1_000_000_000_000L);
        };
    }

    private void check(StakeBook book, String at) {
        List<Long> keys = new ArrayList<>();
        for (int n = 0; n < SUBNETS; n++) {
            assertEquals(referenceTotal[n], book.stakedTotal(n), at + " staked total " + n);
            TreeMap<Integer, ReferencePool> row = reference.getOrDefault(n, new TreeMap<>());
            List<long[]> positions = new ArrayList<>();
            for (var e : row.entrySet()) {
                int hk = e.getKey();
                ReferencePool p = e.getValue();
                keys.add((((long) hk << 16) | n) * 0x9E3779B97F4A7C15L);
                for (int c : p.shares.keySet()) {
                    positions.add(new long[] {c, hk, p.valueOf(c)});
                }
            }
            List<long[]> actual = book.positions(n);
            assertEquals(positions.size(), actual.size(), at + " positions on " + n);
            for (int i = 0; i < positions.size(); i++) {
                assertArrayEquals(positions.get(i), actual.get(i), at + " position " + i + " on " + n);
            }
            for (int hk : HOTKEYS) {
                ReferencePool p = row.get(hk);
                assertEquals(p == null ? 0 : p.value, book.hotkeyStake(hk, n), at + " hotkey stake");
                for (int c = 0; c < COLDKEYS; c++) {
                    long stake = book.stake(c, hk, n);
                    boolean holds = book.holdsShares(c, hk, n);
                    if (stake != (p == null ? 0 : p.valueOf(c)) || holds != (p != null && p.shares.containsKey(c))) {
                        assertEquals(p == null ? 0 : p.valueOf(c), stake, at + " stake of " + c + " on " + hk + "/" + n);
                        assertEquals(p != null && p.shares.containsKey(c), holds, at + " holds " + c + " on " + hk + "/" + n);
                    }
                }
            }
        }
        // one pass over a coldkey's row: every position it holds shares of, by (netuid, hotkey), valued like a read
        StakeRow row = new StakeRow();
        for (int c = 0; c < COLDKEYS; c++) {
            List<long[]> expected = new ArrayList<>();
            for (var byNetuid : reference.entrySet()) {
                for (var e : byNetuid.getValue().entrySet()) {
                    if (e.getValue().shares.containsKey(c)) {
                        expected.add(new long[] {byNetuid.getKey(), e.getKey(), e.getValue().valueOf(c)});
                    }
                }
            }
            book.stakesOf(c, row);
            assertEquals(expected.size(), row.size(), at + " row size of " + c);
            for (int i = 0; i < row.size(); i++) {
                assertArrayEquals(expected.get(i), new long[] {row.netuid(i), row.hotkey(i), row.value(i)}, at + " row of " + c);
                assertEquals(StakeRow.key(row.hotkey(i), row.netuid(i)), row.key(i), at + " row key");
            }
        }
        long[] expectedKeys = keys.stream().mapToLong(Long::longValue).sorted().toArray();
        assertArrayEquals(expectedKeys, book.sortedKeys(), at + " keys");
        for (long key : expectedKeys) {
            ReferencePool p = reference.get(StakeBook.netuidOf(key)).get(StakeBook.hotkeyOf(key));
            assertEquals(p.value, book.valueByKey(key), at + " value by key");
            long[] shares = new long[2 * p.shares.size()];
            int i = 0;
            for (var e : p.shares.entrySet()) {
                shares[i++] = e.getKey();
                shares[i++] = e.getValue();
            }
            assertArrayEquals(shares, book.sharesByKey(key), at + " shares by key");
        }
    }

    /** The largest netuid and hotkey ids keep their order in a row (the position key fills all 64 bits of an entry). */
    @Test
    void rowsOrderTheExtremeIds() {
        StakeBook book = new StakeBook(Network.MAX_NETUID + 1);
        book.deposit(7, StakeRow.MAX_HOTKEY, Network.MAX_NETUID, 300);
        book.deposit(7, 5, 0, 100);
        book.deposit(7, StakeRow.MAX_HOTKEY, 1, 200);
        book.deposit(8, 5, Network.MAX_NETUID, 50);
        StakeRow row = new StakeRow();
        book.stakesOf(7, row);
        assertEquals(3, row.size());
        assertArrayEquals(new long[] {0, 5, 100, 1, StakeRow.MAX_HOTKEY, 200, Network.MAX_NETUID, StakeRow.MAX_HOTKEY, 300},
                new long[] {row.netuid(0), row.hotkey(0), row.value(0), row.netuid(1), row.hotkey(1), row.value(1),
                        row.netuid(2), row.hotkey(2), row.value(2)});
        assertEquals(300, book.stake(7, StakeRow.MAX_HOTKEY, Network.MAX_NETUID));
        assertEquals(300, book.withdraw(7, StakeRow.MAX_HOTKEY, Network.MAX_NETUID, 300));
        book.stakesOf(7, row);
        assertEquals(2, row.size());
        assertEquals(50, book.stake(8, 5, Network.MAX_NETUID));
    }
}
