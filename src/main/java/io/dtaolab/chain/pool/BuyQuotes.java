package io.dtaolab.chain.pool;

import java.util.Arrays;

/**
 * The FAST output of many fee-less buys on different pools, quoted together: the coinbase's chain buys, one per
 * subnet and block. {@link FastStepMath#out} of one buy is a chain of two divisions, log1p and expm1 whose steps
 * depend on each other; here each step runs over all pools in a short loop of its own over arrays, which the JIT
 * compiles to vector instructions. A lane performs the same IEEE operations in the same order as
 * {@link FastStepMath#out} (the fast and tiny-argument paths of {@link Fdlibm#log1p}, the fast path of
 * {@link Fdlibm#expm1}), so it gives the same bits; a pool outside those ranges, at weight ½ or with an empty reserve
 * is quoted by FastStepMath itself.
 * One owner thread; reused block after block (no allocation once grown).
 */
public final class BuyQuotes {
    private static final double LP1 = 6.666666666666735130e-01;
    private static final double LP2 = 3.999999999940941908e-01;
    private static final double LP3 = 2.857142874366239149e-01;
    private static final double LP4 = 2.222219843214978396e-01;
    private static final double LP5 = 1.818357216161805012e-01;
    private static final double LP6 = 1.531383769920937332e-01;
    private static final double LP7 = 1.479819860511658591e-01;
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    private int size;
    private long[] tao = new long[0];
    private long[] alpha = new long[0];
    private long[] weight = new long[0];
    private long[] taoIn = new long[0];
    private long[] out = new long[0];
    // the lanes' doubles, one array per intermediate value (a loop per step)
    private double[] taoInD = new double[0];
    private double[] taoD = new double[0];
    private double[] quoteD = new double[0];
    private double[] baseD = new double[0];
    private double[] alphaD = new double[0];
    private double[] ratio = new double[0];
    private double[] negExponent = new double[0];
    private double[] quotient = new double[0];
    private double[] kept = new double[0];
    private double[] hxs = new double[0];
    private double[] r1 = new double[0];
    private double[] product = new double[0];
    private double[] outD = new double[0];
    /** By lane: whether {@link BalancerSwap#feeLessBuyFills} holds (see {@link #decideFills}). */
    private boolean[] fills = new boolean[0];

    /** Room for {@code lanes} buys a round without growing (growth in a later world deoptimises {@link #add}). */
    public void reserve(int lanes) {
        if (lanes > tao.length) {
            grow(lanes);
        }
    }

    /** Forgets the pools of the last round. */
    public void clear() {
        size = 0;
    }

    /** A buy of {@code taoIn} on a pool (tao, alpha reserves, quote weight in perquintill); its lane. */
    public int add(long taoReserve, long alphaReserve, long quoteWeight, long taoIn) {
        return add(taoReserve, alphaReserve, taoReserve, alphaReserve, quoteWeight, taoIn);
    }

    /** {@link #add(long, long, long, long)} given the reserves converted to doubles already (a conversion is not vectorised). */
    public int add(long taoReserve, long alphaReserve, double taoAsDouble, double alphaAsDouble, long quoteWeight,
                   long taoIn) {
        if (size == tao.length) {
            grow(Math.max(16, size * 2));
        }
        int lane = size++;
        tao[lane] = taoReserve;
        alpha[lane] = alphaReserve;
        taoD[lane] = taoAsDouble;
        alphaD[lane] = alphaAsDouble;
        weight[lane] = quoteWeight;
        this.taoIn[lane] = taoIn;
        return lane;
    }

    /**
     * {@link #add(long, long, double, double, long, long)} of every pool i in [from, to) with {@code take[i]}, in that
     * order, the lane of each into {@code lane[i]}: one loop keeps the lane count in a register (add stores it per buy).
     */
    public void addAll(int from, int to, boolean[] take, long[] taoReserve, long[] alphaReserve, double[] taoAsDouble,
                       double[] alphaAsDouble, long[] quoteWeight, long[] taoIn, int[] lane) {
        reserve(size + (to - from));
        long[] t = tao;
        long[] a = alpha;
        double[] tD = taoD;
        double[] aD = alphaD;
        long[] w = weight;
        long[] in = this.taoIn;
        int k = size;
        for (int i = from; i < to; i++) {
            if (take[i]) {
                t[k] = taoReserve[i];
                a[k] = alphaReserve[i];
                tD[k] = taoAsDouble[i];
                aD[k] = alphaAsDouble[i];
                w[k] = quoteWeight[i];
                in[k] = taoIn[i];
                lane[i] = k++;
            }
        }
        size = k;
    }

    /** Quotes every lane added since {@link #clear}. */
    public void quote() {
        int n = size;
        long[] t = tao;
        long[] a = alpha;
        long[] w = weight;
        long[] in = taoIn;
        double[] inD = taoInD;
        double[] tD = taoD;
        double[] qD = quoteD;
        double[] bD = baseD;
        double[] aD = alphaD;
        for (int i = 0; i < n; i++) {
            inD[i] = in[i];
            qD[i] = w[i];
            bD[i] = BalancerMath.ONE - w[i];
        }
        double[] x = ratio;
        double[] ne = negExponent;
        for (int i = 0; i < n; i++) {
            x[i] = inD[i] / tD[i];
            ne[i] = -(qD[i] / bD[i]);
        }
        double[] s = quotient;
        for (int i = 0; i < n; i++) {
            s[i] = x[i] / (2.0 + x[i]);
        }
        double[] k = kept;
        for (int i = 0; i < n; i++) {
            // log1p's fast path (k = 0), times −exponent
            double f = x[i];
            double si = s[i];
            double hfsq = 0.5 * f * f;
            double z = si * si;
            double r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
            k[i] = ne[i] * (f - (hfsq - si * (hfsq + r)));
        }
        for (int i = 0; i < n; i++) {
            if (Fdlibm.log1pTinyPath(x[i])) {
                // small buys on large pools (2^-54 <= x < 2^-29): log1p is x − x²/2
                double f = x[i];
                k[i] = ne[i] * (f - f * f * 0.5);
            }
        }
        double[] h = hxs;
        double[] rr = r1;
        for (int i = 0; i < n; i++) {
            double v = k[i];
            double hv = v * (0.5 * v);
            h[i] = hv;
            rr[i] = 1.0 + hv * (Q1 + hv * (Q2 + hv * (Q3 + hv * (Q4 + hv * Q5))));
        }
        double[] p = product;
        for (int i = 0; i < n; i++) {
            // expm1's fast path (k = 0); the pool pays out·(−expm1)
            double v = k[i];
            double hv = h[i];
            double ri = rr[i];
            double tt = 3.0 - ri * (0.5 * v);
            double e = hv * ((ri - tt) / (6.0 - v * tt));
            p[i] = aD[i] * -(v - (v * e - hv));
        }
        for (int i = 0; i < n; i++) {
            out[i] = fastLane(i) ? FastStepMath.finish(p[i], a[i])
                    : FastStepMath.INSTANCE.out(t[i], a[i], w[i], true, in[i]);
        }
    }

    /**
     * {@link BalancerSwap#feeLessBuyFills} of every lane with its quoted output, after {@link #quote}: the limit's
     * two product tests of all lanes in a loop over the doubles {@link #quote} converted already (the same IEEE
     * operations as {@link FastStepMath#buySurelyWithinLimit}), the integer guards in a loop after.
     */
    public void decideFills(int feeRateU16, long minimumReserve, long limitRaoPerAlpha) {
        int n = size;
        double[] oD = outD;
        long[] o = out;
        for (int i = 0; i < n; i++) {
            oD[i] = o[i];
        }
        double lim = FastStepMath.limitPrice(limitRaoPerAlpha);
        double[] tD = taoD;
        double[] aD = alphaD;
        double[] qD = quoteD;
        double[] bD = baseD;
        double[] inD = taoInD;
        boolean[] f = fills;
        for (int i = 0; i < n; i++) {
            // surelyBelow(w, tao, alpha) and surelyBelow(w, tao + in, alpha − out): (1 − w)·y < lim·x·w·(1 − 2^-30)
            double x = aD[i] - oD[i];
            f[i] = aD[i] > 0 && bD[i] * tD[i] < lim * aD[i] * qD[i] * (1 - 0x1p-30)
                    && x > 0 && bD[i] * (tD[i] + inD[i]) < lim * x * qD[i] * (1 - 0x1p-30);
        }
        boolean feeAllowed = feeRateU16 >= 0 && feeRateU16 < 65_535;
        long[] t = tao;
        long[] a = alpha;
        long[] w = weight;
        long[] in = taoIn;
        for (int i = 0; i < n; i++) {
            f[i] = f[i] && feeAllowed && w[i] > 0 && w[i] < BalancerMath.ONE
                    && Long.compareUnsigned(in[i],
                            BalancerSwap.saturatingMulU64(t[i], BalancerSwap.MAX_INPUT_RESERVE_MULTIPLIER)) <= 0
                    && Long.compareUnsigned(a[i], minimumReserve) >= 0
                    && !(in[i] != 0 && o[i] == 0) && Long.compareUnsigned(a[i], o[i]) >= 0;
        }
    }

    /** Whether the buy of a lane fills with its quoted output, as {@link #decideFills} found. */
    public boolean fills(int lane) {
        return fills[lane];
    }

    /** The alpha the buy of a lane pays out, as {@link FastStepMath#out} gives it. */
    public long out(int lane) {
        return out[lane];
    }

    /** Whether the lane took FastStepMath.out's general branch with both functions on the paths written here. */
    private boolean fastLane(int i) {
        return taoIn[i] != 0 && weight[i] != BalancerPool.HALF && tao[i] != 0
                && (Fdlibm.log1pFastPath(ratio[i]) || Fdlibm.log1pTinyPath(ratio[i])) && Fdlibm.expm1FastPath(kept[i]);
    }

    private void grow(int capacity) {
        tao = Arrays.copyOf(tao, capacity);
        alpha = Arrays.copyOf(alpha, capacity);
        weight = Arrays.copyOf(weight, capacity);
        taoIn = Arrays.copyOf(taoIn, capacity);
        out = Arrays.copyOf(out, capacity);
        taoInD = new double[capacity];
        taoD = Arrays.copyOf(taoD, capacity);
        quoteD = new double[capacity];
        baseD = new double[capacity];
        alphaD = Arrays.copyOf(alphaD, capacity);
        ratio = new double[capacity];
        negExponent = new double[capacity];
        quotient = new double[capacity];
        kept = new double[capacity];
        hxs = new double[capacity];
        r1 = new double[capacity];
        product = new double[capacity];
        outD = new double[capacity];
        fills = new boolean[capacity];
    }
}
