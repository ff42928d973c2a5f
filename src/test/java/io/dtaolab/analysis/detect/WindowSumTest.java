package io.dtaolab.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The wash-trading detector's volume window reads, at any point, the very bits of the running sum it stands in for
 * (the evidence text quotes it): subtract what left the window at every add, then add.
 */
class WindowSumTest {
    /** The plain running sum, updated at every add. */
    private static final class Reference {
        final long window;
        final ArrayDeque<double[]> kept = new ArrayDeque<>();
        double sum;

        Reference(long window) {
            this.window = window;
        }

        void add(long block, double value) {
            while (!kept.isEmpty() && block - (long) kept.peekFirst()[0] > window) {
                sum -= kept.removeFirst()[1];
            }
            kept.addLast(new double[] {block, value});
            sum += value;
        }
    }

    @Test
    void readsTheBitsOfARunningSumUnderRandomTrading() {
        for (long window : new long[] {1, 10, 7_200}) {
            SplittableRandom rng = new SplittableRandom(window);
            WindowSum lazy = new WindowSum(window);
            Reference plain = new Reference(window);
            long block = 0;
            for (int step = 0; step < 300_000; step++) {
                // bursts of trades in one block, quiet stretches, and gaps longer than the window
                int gap = rng.nextInt(100);
                block += gap < 40 ? 0 : gap < 97 ? 1 + rng.nextInt(20) : window + rng.nextInt(3 * (int) window + 1);
                double value = rng.nextBoolean() ? rng.nextDouble() * 1e4 : Math.scalb(rng.nextDouble(), rng.nextInt(-30, 30));
                lazy.add(block, value);
                plain.add(block, value);
                if (rng.nextInt(50) == 0) {
                    assertEquals(Double.doubleToRawLongBits(plain.sum), Double.doubleToRawLongBits(lazy.sum()),
                            "window " + window + " step " + step);
                }
            }
            assertEquals(Double.doubleToRawLongBits(plain.sum), Double.doubleToRawLongBits(lazy.sum()));
        }
    }

    @Test
    void keepsMemoryForTheWindowNotForTheWholeRun() {
        WindowSum w = new WindowSum(100);
        // 3 trades a block for 100,000 blocks: about 300 in the window at any time
        for (long block = 0; block < 100_000; block++) {
            for (int k = 0; k < 3; k++) {
                w.add(block, 1.0);
            }
        }
        assertEquals(303.0, w.sum());
        assertTrue(w.capacity() <= 4 * 303, "ring of " + w.capacity() + " entries for a window of 303");
    }
}
