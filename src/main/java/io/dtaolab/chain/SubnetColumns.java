package io.dtaolab.chain;

/**
 * Per-block values of every subnet at once, for the coinbase: each a short loop over the subnet arrays, which the
 * JIT compiles to vector instructions (the divisions of different subnets are independent). A value is the same IEEE
 * operations in the same order as its one-subnet form, so the same bits; the rare branches of those forms are taken
 * in a scalar loop after the vector ones. Entries of subnets that do not exist are computed too and mean nothing.
 */
final class SubnetColumns {
    private static final double FX = 0x1p32;
    private static final double UNIT = 0x1p-32;
    private final Subnets s;
    private final Mechanism m;
    private final double[] first;
    private final double[] second;
    /** The reserves as doubles, as {@link #spots} or {@link #convertReserves} converted them last. */
    private final double[] taoAsDouble;
    private final double[] alphaAsDouble;

    SubnetColumns(Subnets subnets, Mechanism mechanism) {
        this.s = subnets;
        this.m = mechanism;
        this.first = new double[subnets.capacity];
        this.second = new double[subnets.capacity];
        this.taoAsDouble = new double[subnets.capacity];
        this.alphaAsDouble = new double[subnets.capacity];
    }

    /** The TAO reserves as doubles, as {@link #spots} or {@link #convertReserves} converted them last. */
    double[] taoAsDouble() {
        return taoAsDouble;
    }

    /** The alpha reserves as doubles, as {@link #spots} or {@link #convertReserves} converted them last. */
    double[] alphaAsDouble() {
        return alphaAsDouble;
    }

    /** Converts the reserves of every subnet to doubles (a conversion is not vectorised: each is done once a pass). */
    void convertReserves() {
        int cap = s.capacity;
        long[] tao = s.taoReserve;
        long[] alpha = s.alphaIn;
        double[] y = taoAsDouble;
        double[] x = alphaAsDouble;
        for (int n = 1; n < cap; n++) {
            y[n] = tao[n];
            x[n] = alpha[n];
        }
    }

    /** {@link PoolOps#spot} of every subnet (netuid ≥ 1) into {@code out}; converts the reserves too. */
    void spots(double[] out) {
        int cap = s.capacity;
        long[] alpha = s.alphaIn;
        convertReserves();
        double[] y = taoAsDouble;
        double[] x = alphaAsDouble;
        if (m.poolModel() == Mechanism.PoolModel.CPMM) {
            for (int n = 1; n < cap; n++) {
                out[n] = y[n] / x[n];
            }
        } else {
            double[] factor = s.spotFactor;
            for (int n = 1; n < cap; n++) {
                out[n] = factor[n] * y[n] / x[n];
            }
        }
        boolean[] stable = s.stable;
        for (int n = 1; n < cap; n++) {
            if (stable[n]) {
                out[n] = 1.0;
            } else if (alpha[n] == 0) {
                out[n] = 0;
            }
        }
    }

    /**
     * root_proportion = tw·R / (tw·R + alpha issuance) of every subnet, U96F32 (32 fractional bits, truncated),
     * into {@code out}.
     */
    void rootProportions(double[] out) {
        int cap = s.capacity;
        double twR = m.taoWeight() * s.taoReserve[0];
        long[] in = s.alphaIn;
        long[] outstanding = s.alphaOut;
        double[] a = first;
        for (int n = 1; n < cap; n++) {
            a[n] = in[n] + outstanding[n];
        }
        for (int n = 1; n < cap; n++) {
            out[n] = Math.floor(twR / (twR + a[n]) * FX) * UNIT;
        }
        for (int n = 1; n < cap; n++) {
            if (twR + a[n] == 0) {
                out[n] = 0;
            }
        }
    }

    /**
     * The root-proportion cap of every subnet's terms: the alpha {@code trunc(rootProportion·alphaEmission)} and the
     * TAO it takes at the term price, {@code trunc(capAlpha·price)} (as {@code Coinbase.terms}), into
     * {@code capAlpha} and {@code capTao}; {@code raw} is scratch.
     */
    void rootCaps(double[] rootProportion, long[] alphaEmission, double[] price, double[] capAlpha, double[] capTao,
                  double[] raw) {
        int cap = s.capacity;
        double[] emission = first;
        for (int n = 1; n < cap; n++) {
            emission[n] = alphaEmission[n];
        }
        double[] rawAlpha = second;
        for (int n = 1; n < cap; n++) {
            double a = rootProportion[n] * emission[n];
            rawAlpha[n] = a;
            capAlpha[n] = Math.floor(a * FX) * UNIT;
        }
        for (int n = 1; n < cap; n++) {
            double t = capAlpha[n] * price[n];
            raw[n] = t;
            capTao[n] = Math.floor(t * FX) * UNIT;
        }
        for (int n = 1; n < cap; n++) {
            if (!(rawAlpha[n] < 0x1p52 && raw[n] < 0x1p52)) { // trunc's other branch (see termInputs)
                capAlpha[n] = Coinbase.trunc(rawAlpha[n]);
                capTao[n] = Coinbase.trunc(capAlpha[n] * price[n]);
            }
        }
    }

    /**
     * The coinbase's term inputs of every subnet: the block's TAO {@code trunc(emission·share)}, the price
     * {@code trunc(spot)} and {@code trunc(tao/price)} (0 at price 0), with trunc to U96F32's 32 fractional bits.
     * {@code spot} holds {@link #spots}; {@code raw} is scratch.
     */
    void termInputs(long emission, double[] spot, double[] tao, double[] price, double[] taoOverPrice, double[] raw) {
        int cap = s.capacity;
        double[] share = s.share;
        double[] rawTao = first;
        for (int n = 1; n < cap; n++) {
            double t = emission * share[n];
            rawTao[n] = t;
            tao[n] = Math.floor(t * FX) * UNIT;
            price[n] = Math.floor(spot[n] * FX) * UNIT;
        }
        for (int n = 1; n < cap; n++) {
            double q = tao[n] / price[n];
            raw[n] = q;
            taoOverPrice[n] = Math.floor(q * FX) * UNIT;
        }
        for (int n = 1; n < cap; n++) {
            // trunc's other branch: values from 2^52 up (NaN included) are floored whole, as Coinbase.trunc does
            if (!(rawTao[n] < 0x1p52 && spot[n] < 0x1p52 && raw[n] < 0x1p52)) {
                tao[n] = Coinbase.trunc(rawTao[n]);
                price[n] = Coinbase.trunc(spot[n]);
                raw[n] = tao[n] / price[n];
                taoOverPrice[n] = Coinbase.trunc(raw[n]);
            }
            if (price[n] == 0) {
                taoOverPrice[n] = 0;
            }
        }
    }
}
