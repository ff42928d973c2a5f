package io.dtaolab.chain.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EpochEmissionTest {

    @Test
    void splitNeverExceedsInputAndReportsRemainder() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + rnd.nextInt(40);
            double[] inc = new double[n];
            double[] div = new double[n];
            for (int i = 0; i < n; i++) {
                inc[i] = rnd.nextDouble();
                div[i] = rnd.nextDouble();
            }
            YumaEpoch.normalize(inc);
            YumaEpoch.normalize(div);
            long e = rnd.nextInt(3) == 0 ? rnd.nextInt(1000) : (long) (rnd.nextDouble() * 1e15);
            long[] server = new long[n];
            long[] validator = new long[n];
            EpochEmission.Totals t = EpochEmission.split(inc, div, new double[n], new double[n], e, server, validator);
            assertEquals(Apportion.sum(server), t.serverRao());
            assertEquals(Apportion.sum(validator), t.validatorRao());
            assertTrue(t.remainderRao() >= 0);
            assertEquals(e, t.serverRao() + t.validatorRao() + t.remainderRao());
            assertTrue(t.remainderRao() <= 2L * n, "remainder is flooring dust only: " + t.remainderRao());
        }
    }

    @Test
    void halfToServersHalfToValidatorsWhenBothNormalised() {
        long[] server = new long[2];
        long[] validator = new long[2];
        EpochEmission.Totals t = EpochEmission.split(new double[] {0.25, 0.75}, new double[] {1, 0},
                new double[2], new double[2], 1_000_000_001L, server, validator);
        assertEquals(125_000_000L, server[0]);
        assertEquals(375_000_000L, server[1]);
        assertEquals(500_000_000L, validator[0]);
        assertEquals(1L, t.remainderRao());
    }

    @Test
    void noIncentiveNoDividendsPaysValidatorsByActiveStakeThenByStake() {
        long[] server = new long[3];
        long[] validator = new long[3];
        EpochEmission.split(new double[3], new double[3], new double[] {0.5, 0.5, 0}, new double[] {0.2, 0.2, 0.6},
                1000, server, validator);
        assertEquals(500, validator[0]);
        assertEquals(500, validator[1]);
        assertEquals(0, validator[2]);
        EpochEmission.split(new double[3], new double[3], new double[3], new double[] {0.2, 0.2, 0.6}, 1000, server,
                validator);
        assertEquals(600, validator[2]);
        assertEquals(0, Apportion.sum(server));
    }

    @Test
    void payoutConservesExactlyAndBurnsOwnerIncentive() {
        int n = 4;
        YumaInputs in = new YumaInputs(n);
        in.setStake(0, 600_000_000_000L, 1_000_000_000_000L);
        in.setStake(1, 400_000_000_000L, 0);
        in.setWeights(0, new double[] {0, 0, 3, 1});
        in.setWeights(1, new double[] {0, 0, 3, 1});
        YumaState s = new YumaState(n);
        YumaEpoch.run(new YumaParams(0.5, 0.9, 1, true, false, 0.7, 0.9, 1000, 64, 0.18, 0), in, s, 360);
        PendingEmission pending = new PendingEmission(410_000_000_001L, 300_000_000_003L, 110_000_000_007L, 180_000_000L);
        double take = 11_796 / 65_535.0;
        EpochPayout.Payout p = EpochPayout.distribute(s, pending, new long[] {600_000_000_000L, 400_000_000_000L, 0, 0},
                new long[] {1_000_000_000_000L, 0, 0, 0}, 0.18, new double[] {take, take, take, take},
                new boolean[] {false, false, false, true});
        assertEquals(pending.totalRao(), p.paidRao() + p.undistributedRao());
        assertTrue(p.undistributedRao() >= 0);
        assertEquals(0L, p.minerIncentiveRao()[3]);
        assertEquals(0.25, p.minerBurned(), 1e-9);
        assertTrue(p.burnedIncentiveRao() > 0);
        // uid 1 holds no root stake: it gets nothing from the root pot
        assertEquals(0L, p.rootDividendRao()[1] + p.rootTakeRao()[1]);
        assertTrue(p.rootDividendRao()[0] > 0);
        long take0 = p.alphaTakeRao()[0];
        assertEquals(Math.floor((take0 + p.alphaDividendRao()[0]) * take), take0, 0.0);
    }

    @Test
    void noIncentiveGivesValidatorsTheServerPot() {
        int n = 2;
        YumaInputs in = new YumaInputs(n);
        in.setStake(0, 1_000, 0);
        in.setStake(1, 1_000, 0);
        YumaState s = new YumaState(n); // nobody sets weights
        YumaEpoch.run(new YumaParams(0.5, 0.9, 1, true, false, 0.7, 0.9, 1000, 64, 0.18, 0), in, s, 360);
        PendingEmission pending = new PendingEmission(500, 500, 0, 0);
        EpochPayout.Payout p = EpochPayout.distribute(s, pending, new long[] {1_000, 1_000}, new long[2], 0.18,
                new double[2], new boolean[2]);
        assertEquals(0, Apportion.sum(p.minerIncentiveRao()));
        assertEquals(1000, Apportion.sum(p.alphaDividendRao()));
        assertEquals(0, p.undistributedRao());
    }
}
