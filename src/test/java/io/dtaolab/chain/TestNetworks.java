package io.dtaolab.chain;

import java.util.SplittableRandom;

/** Small reproducible networks for chain tests. */
public final class TestNetworks {
    private TestNetworks() {
    }

    public static Network synthetic(Mechanism m, int subnets, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        GenesisBuilder b = new GenesisBuilder(m, subnets + 1, 10_900_000L * Rao.PER_TAO)
                .neurons(3, 5).rootStake(200_000L * Rao.PER_TAO).startBlock(1_000_000);
        for (int n = 1; n <= subnets; n++) {
            double price = 0.002 + rnd.nextDouble() * 0.08;
            long alphaIn = (long) ((1_000_000 + rnd.nextDouble() * 3_000_000) * Rao.PER_TAO);
            long taoIn = (long) (alphaIn * price);
            long staked = (long) (alphaIn * (0.5 + rnd.nextDouble()));
            double[] quality = new double[5];
            for (int i = 0; i < quality.length; i++) {
                quality[i] = rnd.nextDouble();
            }
            b.subnet(new GenesisBuilder.SubnetPlan(n, taoIn, alphaIn, staked, 0, price * 0.95, 0.0,
                    100_000 + n, quality, true));
        }
        return b.build();
    }
}
