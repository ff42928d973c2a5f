package io.dtaolab.chain;

/**
 * Values by netuid held as (netuid, value) pairs in ascending netuid order, from index {@code from} of a long[] to
 * its end (the slots before {@code from} are the owner's). A netuid without a pair has the value 0. Root claims keep
 * their per-hotkey rates and per-coldkey claimed amounts so: a key has a value on one or a few subnets, and the pairs
 * sit in one or two cache lines where a row over every netuid put each value on a line of its own.
 */
final class NetuidValues {
    private NetuidValues() {
    }

    /** The index of the netuid's pair, or −(the index its pair would be inserted at) − 1. */
    static int indexOf(long[] a, int from, int netuid) {
        int i = from;
        for (; i < a.length; i += 2) {
            long k = a[i];
            if (k >= netuid) {
                return k == netuid ? i : -i - 1;
            }
        }
        return -i - 1;
    }

    /** The netuid's value (0 without a pair); {@code a} may be null (no values at all). */
    static long get(long[] a, int from, int netuid) {
        if (a == null) {
            return 0;
        }
        int i = indexOf(a, from, netuid);
        return i >= 0 ? a[i + 1] : 0;
    }

    /** {@code a} with the netuid's value set (a new array when the netuid gets its pair). */
    static long[] with(long[] a, int from, int netuid, long value) {
        int i = indexOf(a, from, netuid);
        if (i >= 0) {
            a[i + 1] = value;
            return a;
        }
        if (value == 0) {
            return a; // no pair: already 0
        }
        int at = -i - 1;
        long[] grown = new long[a.length + 2];
        System.arraycopy(a, 0, grown, 0, at);
        grown[at] = netuid;
        grown[at + 1] = value;
        System.arraycopy(a, at, grown, at + 2, a.length - at);
        return grown;
    }
}
