package io.dtaolab.chain;

import io.dtaolab.chain.Mechanism.EmaArithmetic;

/**
 * The price EMA's α of every emitting subnet for one block, with {@link MovingPrice#alpha}'s bits: the ramp
 * ma·b/(b + h) needs floor(b·2^32/d) (and for U64F64 the next 32 bits, floor(r·2^32/d) of the remainder r), d = b + h.
 * Each quotient is estimated from 1/d, which all subnets take in one loop the JIT vectorises, and corrected to the
 * exact floor by its remainder in one step: b < d < 2^31 and the estimate is within 2^-20 of the quotient, so its
 * truncation is the floor or one off either way. Subnets outside that range (b < 1, d ≥ 2^31), an α of 2^31 bits or
 * more and rules without the ramp take {@link MovingPrice#alpha} itself. One owner thread; allocation-free.
 */
final class EmaAlphas {
    private static final long FAST_ALPHA_LIMIT = 1L << 31;
    private final double[] since;
    private final double[] inverse;
    private final double[] digit;

    EmaAlphas(int capacity) {
        since = new double[capacity];
        inverse = new double[capacity];
        digit = new double[capacity];
    }

    /**
     * α of each subnet n in [1, cap) that is {@code eligible} and not {@code stable} into {@code out}, for
     * {@code block}, its start block − 1 being {@code firstEmission[n] − 1}; other entries are left as they are.
     */
    void compute(Mechanism m, long movingAlphaBits, long block, int cap, boolean[] eligible, boolean[] stable,
                 long[] firstEmission, long[] out) {
        EmaArithmetic arithmetic = m.emaArithmetic();
        long h = m.emaHalvingBlocks();
        boolean ramp = m.emaYoungRamp();
        if (!ramp || h <= 0 || movingAlphaBits < 0 || movingAlphaBits >= FAST_ALPHA_LIMIT) {
            for (int n = 1; n < cap; n++) {
                if (eligible[n] && !stable[n]) {
                    out[n] = MovingPrice.alpha(arithmetic, movingAlphaBits, h, block - (firstEmission[n] - 1), ramp);
                }
            }
            return;
        }
        for (int n = 1; n < cap; n++) {
            since[n] = block - (firstEmission[n] - 1);
        }
        double hd = h;
        for (int n = 1; n < cap; n++) {
            double inv = 1.0 / (since[n] + hd);
            inverse[n] = inv;
            digit[n] = since[n] * 0x1p32 * inv;
        }
        boolean wide = arithmetic == EmaArithmetic.U64F64;
        for (int n = 1; n < cap; n++) {
            if (!eligible[n] || stable[n]) {
                continue;
            }
            long b = block - (firstEmission[n] - 1);
            long d = b + h;
            if (b < 1 || d >= FAST_ALPHA_LIMIT) {
                out[n] = MovingPrice.alpha(arithmetic, movingAlphaBits, h, b, true);
                continue;
            }
            long hi = (long) digit[n];
            long r = (b << 32) - hi * d;
            if (r < 0) {
                hi--;
                r += d;
            } else if (r >= d) {
                hi++;
                r -= d;
            }
            if (!wide) {
                out[n] = movingAlphaBits * hi >>> 32;
                continue;
            }
            long lo = (long) (r * 0x1p32 * inverse[n]);
            long r2 = (r << 32) - lo * d;
            if (r2 < 0) {
                lo--;
            } else if (r2 >= d) {
                lo++;
            }
            // ma·(hi·2^32 + lo) / 2^32 truncated; ma < 2^31 and both digits < 2^32, so no product overflows
            out[n] = movingAlphaBits * hi + (movingAlphaBits * lo >>> 32);
        }
    }
}
