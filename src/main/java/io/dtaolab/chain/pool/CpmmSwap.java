package io.dtaolab.chain.pool;

import io.dtaolab.chain.ChainError;
import io.dtaolab.chain.ChainException;
import java.math.BigInteger;

/**
 * Launch-era swap (sim_swap_tao_for_alpha / sim_swap_alpha_for_tao at f9254ea63): out = x − k/(y+Δy)
 * in I110F18 (18 fractional bits), refused when the new output reserve would fall below the minimum
 * pool liquidity. No fee here: the flat 50_000 RAO staking fee is charged by the stake call.
 */
public final class CpmmSwap {
    private static final int FRAC = 18;
    /** Largest I110F18 value, where k = x·y saturates. */
    private static final BigInteger I110F18_MAX = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);

    private CpmmSwap() {
    }

    public static SwapResult swap(CpmmPool pool, Side side, long amount) {
        boolean buy = side == Side.BUY;
        long inReserve = buy ? pool.taoReserve() : pool.alphaReserve();
        long outReserve = buy ? pool.alphaReserve() : pool.taoReserve();
        long out;
        if (pool.mechanism() != 1) {
            out = amount;
        } else {
            BigInteger in = U64F64.unsigned(inReserve).shiftLeft(FRAC);
            BigInteger outBits = U64F64.unsigned(outReserve).shiftLeft(FRAC);
            BigInteger k = in.multiply(outBits).shiftRight(FRAC).min(I110F18_MAX);
            BigInteger denominator = in.add(U64F64.unsigned(amount).shiftLeft(FRAC));
            BigInteger newOut = denominator.signum() == 0 ? BigInteger.ZERO
                    : k.shiftLeft(FRAC).divide(denominator);
            if (newOut.compareTo(BigInteger.valueOf(pool.minimumPoolLiquidity()).shiftLeft(FRAC)) < 0) {
                throw new ChainException(ChainError.ReservesTooLow);
            }
            BigInteger diff = outBits.subtract(newOut);
            out = diff.signum() <= 0 ? 0 : diff.shiftRight(FRAC).longValue();
        }
        long newIn = BalancerSwap.saturatingAddU64(inReserve, amount);
        long newOut = BalancerSwap.saturatingSubU64(outReserve, out);
        return buy ? new SwapResult(amount, 0, out, 0, newIn, newOut)
                : new SwapResult(amount, 0, out, 0, newOut, newIn);
    }
}
