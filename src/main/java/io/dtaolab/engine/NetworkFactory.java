package io.dtaolab.engine;

import io.dtaolab.chain.GenesisBuilder;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Rao;
import io.dtaolab.scenario.NetworkSpec;
import io.dtaolab.scenario.SubnetSnapshot;
import java.util.SplittableRandom;

/**
 * Builds the chain a run starts from: the mainnet snapshot (reserves, outstanding and burned alpha, miner burn,
 * registration blocks, startup mode; EMA seeded from the 30-day mean price, capped at 1, since the chain EMA
 * is not in the data) or a synthetic network drawn from the strategy's ranges with its own seed.
 */
final class NetworkFactory {
    /** TotalIssuance near the snapshot date (first halving at 10.5M passed in Dec 2025; ~3,600 TAO/day since). */
    static final long DEFAULT_ISSUANCE_RAO = 11_500_000L * Rao.PER_TAO;
    static final long SYNTHETIC_START_BLOCK = 9_000_000L;
    /**
     * Coldkeys holding the genesis root stake, per validator. The chain's automatic claim reaches 5 staking
     * coldkeys per block; with 16 per validator (16,384 on the snapshot at 8 validators per subnet) each is
     * reached about every 3,300 blocks. Mainnet has many more root stakers (the chain sizes NumRootClaim for
     * about one claim a week each); more holders cost build time in every world. Under holder-vote one treasury
     * holds it, since its vote stands for every holder the run does not model.
     */
    static final int GENESIS_ROOT_HOLDERS_PER_VALIDATOR = 16;

    private NetworkFactory() {
    }

    /** The chain block the run starts at: the snapshot's state block, or a fixed block for synthetic networks. */
    static long startBlock(NetworkSpec spec) {
        if (spec.source() instanceof NetworkSpec.Snapshot snap && !snap.subnets().isEmpty()) {
            return snap.subnets().get(0).stateBlock();
        }
        return SYNTHETIC_START_BLOCK;
    }

    static Network build(NetworkSpec spec, Mechanism mechanism, long agentFundingRao) {
        GenesisBuilder b;
        long reserves = spec.rootStakeRao();
        int maxNetuid = 1;
        if (spec.source() instanceof NetworkSpec.Snapshot snap) {
            for (SubnetSnapshot s : snap.subnets()) {
                reserves += s.taoReserveRao();
                maxNetuid = Math.max(maxNetuid, s.netuid());
            }
            b = builder(mechanism, maxNetuid, reserves + agentFundingRao, spec);
            long start = startBlock(spec);
            b.startBlock(start);
            SplittableRandom quality = new SplittableRandom(start);
            for (SubnetSnapshot s : snap.subnets()) {
                b.subnet(new GenesisBuilder.SubnetPlan(s.netuid(), s.taoReserveRao(), s.alphaInRao(), s.alphaOutRao(),
                        s.alphaBurnedRao(), Math.min(1.0, s.priceTaoAvg30() > 0 ? s.priceTaoAvg30() : s.priceTao()),
                        s.minerBurned(), s.registeredBlock(), minerQuality(quality, spec.neurons().miners()),
                        !s.startupMode()));
            }
        } else {
            NetworkSpec.Synthetic syn = (NetworkSpec.Synthetic) spec.source();
            SplittableRandom rnd = new SplittableRandom(syn.seed());
            maxNetuid = syn.subnets();
            long[] tao = new long[syn.subnets() + 1];
            double[] price = new double[syn.subnets() + 1];
            for (int n = 1; n <= syn.subnets(); n++) {
                tao[n] = Rao.ofTao(logUniform(rnd, syn.taoReserveTao().min(), syn.taoReserveTao().max()));
                price[n] = logUniform(rnd, syn.priceTao().min(), syn.priceTao().max());
                reserves += tao[n];
            }
            b = builder(mechanism, maxNetuid, reserves + agentFundingRao, spec);
            b.startBlock(SYNTHETIC_START_BLOCK);
            for (int n = 1; n <= syn.subnets(); n++) {
                long alphaIn = (long) Math.floor(tao[n] / price[n]);
                long staked = (long) Math.floor(alphaIn * (0.5 + rnd.nextDouble()));
                double ema = Math.min(1.0, price[n] * (0.9 + 0.2 * rnd.nextDouble()));
                double burned = rnd.nextDouble() < 0.2 ? rnd.nextDouble() : 0;
                long registered = SYNTHETIC_START_BLOCK - 200_000L - (long) (rnd.nextDouble() * 3_000_000L);
                b.subnet(new GenesisBuilder.SubnetPlan(n, tao[n], alphaIn, staked, 0, ema, burned, registered,
                        minerQuality(rnd, spec.neurons().miners()), true));
            }
        }
        return b.build();
    }

    private static GenesisBuilder builder(Mechanism m, int maxNetuid, long allocated, NetworkSpec spec) {
        long issuance = Math.max(DEFAULT_ISSUANCE_RAO, allocated + 1_000L * Rao.PER_TAO);
        int capacity = Math.max(maxNetuid, Math.min(m.subnetLimit(), 256)) + 1;
        int validators = maxNetuid * spec.neurons().validators();
        int rootHolders = m.shareRule() == Mechanism.ShareRule.HOLDER_VOTE ? 1 : GENESIS_ROOT_HOLDERS_PER_VALIDATOR * validators;
        return new GenesisBuilder(m, capacity, issuance)
                .neurons(spec.neurons().validators(), spec.neurons().miners())
                .rootStake(spec.rootStakeRao())
                .rootHolders(rootHolders, 0);
    }

    private static double[] minerQuality(SplittableRandom rnd, int miners) {
        double[] q = new double[miners];
        for (int i = 0; i < miners; i++) {
            q[i] = rnd.nextDouble();
        }
        return q;
    }

    private static double logUniform(SplittableRandom rnd, double min, double max) {
        if (min <= 0 || max <= min) {
            return Math.max(min, 0);
        }
        return Math.exp(Math.log(min) + rnd.nextDouble() * (Math.log(max) - Math.log(min)));
    }
}
