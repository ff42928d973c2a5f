package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 point 4: root dividends stay claimable and are claimed lazily as the chain does (claim_root.rs): a few
 * coldkeys per block picked from the parent hash, nothing below the threshold, Keep never sells.
 */
class RootClaimsTest {
    private static final int HOLDERS = 200;
    private static final long ROOT_STAKE = 200_000L * Rao.PER_TAO;

    /** Two subnets whose EMA prices sum above 1 (so root alpha is paid, not recycled), root stake in 200 holders. */
    private static Network network(double keepShare) {
        GenesisBuilder b = new GenesisBuilder(Presets.get(Presets.CURRENT), 3, 10_900_000L * Rao.PER_TAO)
                .neurons(2, 3).rootStake(ROOT_STAKE).startBlock(1_000_000).rootHolders(HOLDERS, keepShare);
        for (int n = 1; n <= 2; n++) {
            long alphaIn = 1_000_000L * Rao.PER_TAO;
            b.subnet(new GenesisBuilder.SubnetPlan(n, 600_000L * Rao.PER_TAO, alphaIn, alphaIn, 0, 0.6, 0, 500_000,
                    new double[] {1, 0.5, 0.25}, true));
        }
        return b.build();
    }

    private static List<Integer> holders(Network net) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < net.accounts().coldkeyCount(); c++) {
            if (net.accounts().coldkeyLabel(c).equals("root-holder")) {
                out.add(c);
            }
        }
        return out;
    }

    private static long rootStake(Network net, int coldkey) {
        long sum = 0;
        for (int hk = 0; hk < net.accounts().hotkeyCount(); hk++) {
            sum += net.stake(coldkey, hk, 0);
        }
        return sum;
    }

    @Test
    void dividendsStayClaimableAndAtMostFiveColdkeysAreClaimedPerBlock() {
        Network net = network(0);
        List<Integer> holders = holders(net);
        assertEquals(HOLDERS, holders.size());
        int[] hotkeyOf = new int[holders.size()];
        for (int i = 0; i < holders.size(); i++) {
            for (int hk = 0; hk < net.accounts().hotkeyCount(); hk++) {
                if (net.stake(holders.get(i), hk, 0) > 0) {
                    hotkeyOf[i] = hk;
                }
            }
        }
        long[] before = new long[holders.size()];
        long maxUnclaimed = 0;
        int claimedHolders = 0;
        boolean[] everClaimed = new boolean[holders.size()];
        for (int b = 0; b < 3 * 7_200; b++) {
            for (int i = 0; i < before.length; i++) {
                before[i] = net.stake(holders.get(i), hotkeyOf[i], 0);
            }
            net.step();
            int changed = 0;
            for (int i = 0; i < before.length; i++) {
                long now = net.stake(holders.get(i), hotkeyOf[i], 0);
                assertTrue(now >= before[i], "a Swap claim only adds root stake");
                if (now > before[i]) {
                    changed++;
                    if (!everClaimed[i]) {
                        everClaimed[i] = true;
                        claimedHolders++;
                    }
                }
            }
            assertTrue(changed <= RootClaims.CLAIMS_PER_BLOCK, "block " + net.block() + ": " + changed + " coldkeys claimed");
            maxUnclaimed = Math.max(maxUnclaimed, net.rootUnclaimed(1) + net.rootUnclaimed(2));
            if (b % 360 == 0) {
                assertEquals(List.of(), net.invariantViolations());
            }
        }
        assertTrue(maxUnclaimed > 0, "epochs credit claimable alpha instead of selling it");
        assertTrue(claimedHolders > HOLDERS / 2, "the per-block picks reach most holders in 3 days: " + claimedHolders);
        assertEquals(List.of(), net.invariantViolations());
    }

    @Test
    void keepHoldersNeverSellAndGainSubnetStakeInstead() {
        Network net = network(0.5);
        List<Integer> holders = holders(net);
        long[] rootAtStart = holders.stream().mapToLong(c -> rootStake(net, c)).toArray();
        for (int b = 0; b < 3 * 7_200; b++) {
            net.step();
        }
        int keepers = 0;
        int keepersWithAlpha = 0;
        int swappersGrown = 0;
        for (int i = 0; i < holders.size(); i++) {
            int c = holders.get(i);
            long alpha = 0;
            for (int hk = 0; hk < net.accounts().hotkeyCount(); hk++) {
                alpha += net.stake(c, hk, 1) + net.stake(c, hk, 2);
            }
            if (net.rootClaimKeep(c)) {
                keepers++;
                assertEquals(rootAtStart[i], rootStake(net, c), "a Keep holder never sells for root stake");
                keepersWithAlpha += alpha > 0 ? 1 : 0;
            } else {
                assertEquals(0, alpha, "a Swap holder never receives subnet alpha");
                swappersGrown += rootStake(net, c) > rootAtStart[i] ? 1 : 0;
            }
        }
        assertEquals(HOLDERS / 2, keepers);
        assertTrue(keepersWithAlpha > 0 && swappersGrown > 0, keepersWithAlpha + " keepers, " + swappersGrown + " swappers");
        assertEquals(List.of(), net.invariantViolations());
    }

    @Test
    void nothingBelowTheThresholdIsClaimed() {
        Network net = network(0);
        int small = net.createColdkey("small", 10L * Rao.PER_TAO);
        int validator = -1;
        for (int hk = 0; hk < net.accounts().hotkeyCount() && validator < 0; hk++) {
            if (net.hotkeyStake(hk, 0) > 0) {
                validator = hk;
            }
        }
        int netuid = net.neurons(1).uidOf(validator) >= 0 ? 1 : 2;
        net.addStake(small, validator, 0, Rao.PER_TAO, Long.MAX_VALUE, false);
        long root = rootStake(net, small);
        for (int b = 0; b < 720; b++) {
            net.step();
        }
        long owed = net.rootOwed(small, validator, netuid);
        assertTrue(owed > 0 && owed < RootClaims.THRESHOLD_RAO, "1 TAO of root stake earns a little: " + owed);
        net.claimRoot(small);
        assertEquals(owed, net.rootOwed(small, validator, netuid), "below the threshold nothing is claimed");
        assertEquals(root, rootStake(net, small));
    }

    @Test
    void blockHashIndicesAreDistinctSortedAndInRange() {
        for (long block = 0; block < 1_000; block++) {
            long[] idx = RootClaims.blockHashToIndices(block, 5, 37);
            assertTrue(idx.length >= 1 && idx.length <= 5);
            for (int i = 0; i < idx.length; i++) {
                assertTrue(idx[i] >= 0 && idx[i] < 37);
                assertTrue(i == 0 || idx[i] > idx[i - 1]);
            }
            assertArrayEquals(idx, RootClaims.blockHashToIndices(block, 5, 37));
        }
        assertArrayEquals(new long[] {0}, RootClaims.blockHashToIndices(42, 5, 1));
    }

    @Test
    void blockHashIndicesKeepTheirValuesOnEveryBlockAndIndexSize() {
        // the same digest as the TreeSet version of blockHashToIndices gave (main at 6a08cdc)
        long digest = 17;
        for (long n : new long[] {1, 2, 3, 5, 37, 1000, 1L << 40, Long.MAX_VALUE}) {
            for (long block = 0; block < 20_000; block++) {
                long[] idx = RootClaims.blockHashToIndices(block, 5, n);
                digest = digest * 31 + idx.length;
                for (long i : idx) {
                    digest = digest * 1_000_003L + i;
                }
            }
        }
        assertEquals(0x3c9dd6e619a8c284L, digest);
    }

    @Test
    void rateIncrementIsTheExactQuotient() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            long total = i % 3 == 0 ? 1 + rnd.nextLong(Long.MAX_VALUE) : 1 + rnd.nextLong(1L << rnd.nextInt(1, 63));
            long alpha = i % 7 == 0 ? total : 1 + rnd.nextLong(total);
            long exact = BigInteger.valueOf(alpha).shiftLeft(32)
                    .divide(BigInteger.valueOf(total)).longValueExact();
            assertEquals(exact, RootClaims.rateIncrement(alpha, total), alpha + " / " + total);
        }
    }
}
