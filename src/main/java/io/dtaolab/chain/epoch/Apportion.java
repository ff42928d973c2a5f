package io.dtaolab.chain.epoch;

/** Integer apportioning that never hands out more than the amount it was given. */
final class Apportion {
    private Apportion() {
    }

    /** floor of each value, then trims the largest entries (lowest index first) until the sum is ≤ {@code cap}. */
    static long[] floorWithin(double[] values, long cap) {
        long[] out = new long[values.length];
        floorWithin(values, cap, out);
        return out;
    }

    static long floorWithin(double[] values, long cap, long[] out) {
        long sum = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            out[i] = v > 0 ? (long) Math.floor(Math.min(v, (double) cap)) : 0L;
            sum += out[i];
        }
        return trim(out, sum, cap);
    }

    /** Removes {@code sum − cap} units from the largest entries, one at a time; returns the new sum. */
    static long trim(long[] out, long sum, long cap) {
        while (sum > cap) {
            int largest = 0;
            for (int i = 1; i < out.length; i++) {
                if (out[i] > out[largest]) {
                    largest = i;
                }
            }
            long cut = Math.min(out[largest], Math.max(1L, (sum - cap) / out.length));
            out[largest] -= cut;
            sum -= cut;
        }
        return sum;
    }

    static long sum(long[] xs) {
        long s = 0;
        for (long x : xs) {
            s += x;
        }
        return s;
    }
}
