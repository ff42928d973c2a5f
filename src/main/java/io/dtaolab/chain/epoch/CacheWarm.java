package io.dtaolab.chain.epoch;

/**
 * Reads that only bring arrays into the cache: a subnet's epoch state is visited once per tempo and is out of the
 * cache by then, and its many small arrays each cost a miss of their own. Read one after another in a loop with no
 * work in between, the misses overlap; the epoch then finds its arrays in the cache. The sums mean nothing (they
 * are returned only so the reads are not optimised away).
 */
public final class CacheWarm {
    private CacheWarm() {
    }

    /** The first and last word of the array (an array of a few dozen entries spans one to three cache lines). */
    public static long of(double[] a) {
        int n = a.length;
        return n == 0 ? 0 : Double.doubleToRawLongBits(a[0]) + Double.doubleToRawLongBits(a[n - 1]);
    }

    public static long of(long[] a) {
        int n = a.length;
        return n == 0 ? 0 : a[0] + a[n - 1];
    }

    public static long of(int[] a) {
        int n = a.length;
        return n == 0 ? 0 : a[0] + a[n - 1];
    }

    public static long of(boolean[] a) {
        return a.length != 0 && a[0] ? 1 : 0;
    }
}
