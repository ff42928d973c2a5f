package io.dtaolab.chain.epoch;

import io.dtaolab.chain.pool.Uint128;

/**
 * Pays out one epoch's pending alpha (dtao-mechanics.md §2.8, without child/parent delegation):
 * Yuma shares → per-uid RAO (§3.5); if no incentive was earned the validators also get the server pot;
 * dividends split into alpha and root parts (§2.8 step 4); incentive of owner-owned hotkeys is burned and
 * reported as {@code minerBurned}; the validator take comes off both dividend parts.
 *
 * <p>Everything is integer RAO and the parts add up exactly to {@link PendingEmission#totalRao()}:
 * what could not be handed out (flooring dust, a pot with no eligible claimant) is {@code undistributedRao}.
 * The chain mints incentive from the whole epoch amount and may pay a RAO or two more than the server pot;
 * here incentive is capped at the server pot so conservation stays exact.
 */
public final class EpochPayout {
    private EpochPayout() {
    }

    /**
     * @param minerIncentiveRao   incentive paid to each uid's miner (0 for owner-owned hotkeys)
     * @param burnedIncentiveRao  incentive of owner-owned hotkeys, burned
     * @param minerBurned         burned / total incentive in U96F32 (0 if no incentive); feeds the price-burn share rule
     * @param alphaDividendRao    alpha dividend after take, added to the hotkey's pool (all nominators)
     * @param alphaTakeRao        validator take on the alpha dividend, to the hotkey owner
     * @param rootDividendRao     root alpha dividend after take, claimable by the hotkey's root nominators
     * @param rootTakeRao         validator take on the root alpha dividend, to the hotkey owner
     * @param ownerCutRao         the subnet owner's cut, passed through
     * @param undistributedRao    input minus everything above
     */
    public record Payout(long[] minerIncentiveRao, long burnedIncentiveRao, double minerBurned,
                         long[] alphaDividendRao, long[] alphaTakeRao, long[] rootDividendRao, long[] rootTakeRao,
                         long ownerCutRao, long undistributedRao) {

        public long paidRao() {
            return Apportion.sum(minerIncentiveRao) + burnedIncentiveRao + Apportion.sum(alphaDividendRao)
                    + Apportion.sum(alphaTakeRao) + Apportion.sum(rootDividendRao) + Apportion.sum(rootTakeRao)
                    + ownerCutRao;
        }
    }

    /**
     * @param take       validator take per uid as a fraction (chain default 11_796/65_535)
     * @param ownerOwned true for hotkeys owned by the subnet owner's coldkey
     */
    public static Payout distribute(YumaState s, PendingEmission pending, long[] alphaStakeRao, long[] rootStakeRao,
                                    double taoWeight, double[] take, boolean[] ownerOwned) {
        int n = s.n;
        if (alphaStakeRao.length != n || rootStakeRao.length != n || take.length != n || ownerOwned.length != n) {
            throw new IllegalArgumentException("per-uid arrays must have length " + n);
        }
        long[] server = new long[n];
        long[] validator = new long[n];
        EpochEmission.split(s, pending.epochRao(), server, validator);
        long incentiveSum = Apportion.trim(server, Apportion.sum(server), pending.serverRao());

        long validatorPot = incentiveSum > 0 ? pending.validatorRao() : pending.validatorRao() + pending.serverRao();
        double[] dividend = new double[n];
        for (int i = 0; i < n; i++) {
            dividend[i] = validator[i];
        }
        DividendSplit.Result split = DividendSplit.split(validatorPot, pending.rootRao(), taoWeight,
                alphaStakeRao, rootStakeRao, dividend);

        long burned = 0;
        for (int i = 0; i < n; i++) {
            if (ownerOwned[i]) {
                burned += server[i];
                server[i] = 0;
            }
        }
        double minerBurned = withheldProportion(burned, incentiveSum);

        long[] alphaDiv = split.alphaDividendRao();
        long[] rootDiv = split.rootAlphaDividendRao();
        long[] alphaTake = new long[n];
        long[] rootTake = new long[n];
        for (int i = 0; i < n; i++) {
            alphaTake[i] = takeOf(alphaDiv[i], take[i]);
            alphaDiv[i] -= alphaTake[i];
            rootTake[i] = takeOf(rootDiv[i], take[i]);
            rootDiv[i] -= rootTake[i];
        }
        Payout partial = new Payout(server, burned, minerBurned, alphaDiv, alphaTake, rootDiv, rootTake,
                pending.ownerCutRao(), 0L);
        long undistributed = pending.totalRao() - partial.paidRao();
        return new Payout(server, burned, minerBurned, alphaDiv, alphaTake, rootDiv, rootTake,
                pending.ownerCutRao(), undistributed);
    }

    /** MinerBurned as the chain stores it: withheld / total incentive in U96F32, truncated to 2^-32; 0 if none. */
    static double withheldProportion(long withheldRao, long totalRao) {
        if (totalRao <= 0) {
            return 0.0;
        }
        long scaled = withheldRao >= 0 && withheldRao <= totalRao
                ? Uint128.divide(withheldRao >>> 32, withheldRao << 32, totalRao) // quotient ≤ 2^32, no BigInteger
                : java.math.BigInteger.valueOf(withheldRao).shiftLeft(32).divide(java.math.BigInteger.valueOf(totalRao))
                        .longValueExact();
        return scaled / 4_294_967_296.0;
    }

    private static long takeOf(long amount, double take) {
        if (!(take >= 0.0 && take <= 1.0)) {
            throw new IllegalArgumentException("take must be in [0, 1], got " + take);
        }
        return (long) Math.floor(amount * take);
    }
}
