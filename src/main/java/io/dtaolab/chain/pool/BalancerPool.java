package io.dtaolab.chain.pool;

/**
 * The state a Balancer swap reads. Reserves are u64 values held in a long (unsigned in the EXACT path).
 *
 * @param taoReserve       y, SubnetTAO
 * @param alphaReserve     x, SubnetAlphaIn
 * @param quoteWeight      TAO weight as Perquintill parts (1e18 = 1)
 * @param feeRateU16       fee rate as x/65535
 * @param minimumReserve   MinimumReserve (1_000_000 on chain; tests mock 1 or 100)
 * @param mechanism        0 = stable (1:1, no fee), 1 = dynamic
 */
public record BalancerPool(long taoReserve, long alphaReserve, long quoteWeight, int feeRateU16,
                           long minimumReserve, int mechanism) {

    public static final long HALF = 500_000_000_000_000_000L;

    public BalancerPool {
        checkWeightAndFee(quoteWeight, feeRateU16);
    }

    static void checkWeightAndFee(long quoteWeight, int feeRateU16) {
        if (quoteWeight <= 0 || quoteWeight >= BalancerMath.ONE) {
            throw new IllegalArgumentException("quote weight must be in (0, 1e18), got " + quoteWeight);
        }
        if (feeRateU16 < 0 || feeRateU16 >= 65_535) {
            throw new IllegalArgumentException("fee rate must be in [0, 65535), got " + feeRateU16);
        }
    }

    public long baseWeight() {
        return BalancerMath.ONE - quoteWeight;
    }

    public BalancerPool withReserves(long tao, long alpha) {
        return new BalancerPool(tao, alpha, quoteWeight, feeRateU16, minimumReserve, mechanism);
    }

    public BalancerPool withQuoteWeight(long newQuoteWeight) {
        return new BalancerPool(taoReserve, alphaReserve, newQuoteWeight, feeRateU16, minimumReserve, mechanism);
    }
}
