package io.dtaolab.chain.pool;

/**
 * Launch-era constant-product pool (dtao-mechanics.md §1.3.1). Reserves are u64 values in a long.
 *
 * @param minimumPoolLiquidity DefaultMinimumPoolLiquidity (10_000_000 RAO)
 * @param mechanism            0 = stable (1:1), 1 = dynamic
 */
public record CpmmPool(long taoReserve, long alphaReserve, long minimumPoolLiquidity, int mechanism) {
    public static final long DEFAULT_MINIMUM_POOL_LIQUIDITY = 10_000_000L;
}
