package io.dtaolab.chain.epoch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AllocationVoteTest {
    @Test
    void rootVoteClipsAMinorityPushingItsSubnet() {
        // validators 0..2 (70 %) split evenly over subnets 0 and 1; validator 3 (30 %) puts everything on subnet 2
        double[] stake = {30, 20, 20, 30};
        double[][] w = {{1, 1, 0}, {1, 1, 0}, {1, 1, 0}, {0, 0, 1}};
        double[] shares = RootVote.shares(stake, w, 0.5, 64);
        assertEquals(0.0, shares[2], 0.0);
        assertEquals(0.5, shares[0], 1e-12);
        assertEquals(0.5, shares[1], 1e-12);
    }

    @Test
    void rootVoteMajorityWinsAndSharesSumToOne() {
        double[] stake = {60, 40};
        double[][] w = {{0, 1}, {1, 0}};
        double[] shares = RootVote.shares(stake, w, 0.5, 64);
        assertArrayEquals(new double[] {0, 1}, shares, 1e-12);
        double[] mixed = RootVote.shares(new double[] {5, 3, 2}, new double[][] {{3, 1, 1}, {1, 1, 2}, {1, 2, 0}}, 0.5, 64);
        assertEquals(1.0, mixed[0] + mixed[1] + mixed[2], 1e-12);
    }

    @Test
    void rootVoteOnlyTopValidatorsVoteAndAllZeroGivesZero() {
        double[] stake = {10, 9, 1};
        double[][] w = {{1, 0}, {1, 0}, {0, 1}};
        assertArrayEquals(new double[] {1, 0}, RootVote.shares(stake, w, 0.5, 2), 0.0);
        assertArrayEquals(new double[] {0, 0}, RootVote.shares(stake, new double[3][2], 0.5, 64), 0.0);
    }

    @Test
    void holderVoteIsProportionalToDelegatedStake() {
        double[] s = HolderVote.shares(new long[] {300, 100, 600}, new int[] {0, 1, -1}, 3);
        assertArrayEquals(new double[] {0.75, 0.25, 0}, s, 1e-12);
        double[] split = HolderVote.shares(new long[] {100, 100}, new double[][] {{1, 1}, {0, 2}});
        assertArrayEquals(new double[] {0.25, 0.75}, split, 1e-12);
        assertArrayEquals(new double[] {0, 0}, HolderVote.shares(new long[] {0}, new int[] {1}, 2), 0.0);
        assertTrue(HolderVote.shares(new long[0], new int[0], 0).length == 0);
    }
}
