package io.dtaolab.chain.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DividendSplitTest {
    @Test
    void rootHeavyValidatorIsPaidFromRootPotAlphaHeavyFromAlphaPot() {
        // uid 0: all root stake; uid 1: all alpha; equal dividends
        DividendSplit.Result r = DividendSplit.split(1_000, 3_000, 0.18, new long[] {0, 500}, new long[] {10_000, 0},
                new double[] {1, 1});
        assertEquals(0.0, r.alphaDividend()[0], 0.0);
        assertEquals(3_000.0, r.rootAlphaDividend()[0], 1e-9);
        assertEquals(1_000.0, r.alphaDividend()[1], 1e-9);
        assertEquals(0.0, r.rootAlphaDividend()[1], 0.0);
        assertEquals(0, r.undistributedRao());
    }

    @Test
    void potsNormaliseSeparatelyAndNeverOverpay() {
        DividendSplit.Result r = DividendSplit.split(1_000_001, 7, 0.18, new long[] {3, 5, 7}, new long[] {11, 13, 0},
                new double[] {0.3, 0.3, 0.4});
        long alpha = Apportion.sum(r.alphaDividendRao());
        long root = Apportion.sum(r.rootAlphaDividendRao());
        assertTrue(alpha <= 1_000_001 && root <= 7);
        assertEquals(1_000_008, alpha + root + r.undistributedRao());
        assertEquals(1_000_001.0, r.alphaDividend()[0] + r.alphaDividend()[1] + r.alphaDividend()[2], 1e-6);
    }

    @Test
    void rootPotWithNoRootStakeIsUndistributed() {
        DividendSplit.Result r = DividendSplit.split(100, 50, 0.18, new long[] {1, 1}, new long[] {0, 0},
                new double[] {1, 3});
        assertEquals(25, r.alphaDividendRao()[0]);
        assertEquals(75, r.alphaDividendRao()[1]);
        assertEquals(50, r.undistributedRao());
    }
}
