package io.dtaolab.chain.epoch;

/**
 * Turns an epoch's incentive and dividend vectors into RAO (dtao-mechanics.md §3.5):
 * {@code server_i = floor(I_i/(ΣI+ΣD)·E)}, {@code validator_i = floor(D_i/(ΣI+ΣD)·E)}; when both sums are 0
 * the validators are paid by active stake (by stake if no stake is active). What is handed out never exceeds
 * {@code E}; the rest is reported as the remainder.
 */
public final class EpochEmission {
    private EpochEmission() {
    }

    public record Totals(long serverRao, long validatorRao, long remainderRao) {
    }

    /** Split of the last epoch held in {@code s}. */
    public static Totals split(YumaState s, long emissionRao, long[] serverOut, long[] validatorOut) {
        return split(s.incentive, s.dividends, s.activeStake, s.stake, emissionRao, serverOut, validatorOut);
    }

    public static Totals split(double[] incentive, double[] dividends, double[] activeStake, double[] stake,
                               long emissionRao, long[] serverOut, long[] validatorOut) {
        int n = incentive.length;
        if (dividends.length != n || activeStake.length != n || stake.length != n || serverOut.length != n
                || validatorOut.length != n) {
            throw new IllegalArgumentException("all arrays must have length " + n);
        }
        if (emissionRao < 0) {
            throw new IllegalArgumentException("emission must be ≥ 0, got " + emissionRao);
        }
        double sumI = 0;
        double sumD = 0;
        for (int i = 0; i < n; i++) {
            sumI += incentive[i];
            sumD += dividends[i];
        }
        double total = sumI + sumD;
        long server = 0;
        long validator = 0;
        if (total > 0) {
            for (int i = 0; i < n; i++) {
                serverOut[i] = floorShare(incentive[i] / total, emissionRao);
                validatorOut[i] = floorShare(dividends[i] / total, emissionRao);
                server += serverOut[i];
                validator += validatorOut[i];
            }
        } else {
            double[] basis = sumOf(activeStake) > 0 ? activeStake : stake;
            double basisSum = sumOf(basis);
            for (int i = 0; i < n; i++) {
                serverOut[i] = 0;
                validatorOut[i] = basisSum > 0 ? floorShare(basis[i] / basisSum, emissionRao) : 0;
                validator += validatorOut[i];
            }
        }
        if (server + validator > emissionRao) {
            validator = Apportion.trim(validatorOut, validator, Math.max(0, emissionRao - server));
            server = Apportion.trim(serverOut, server, emissionRao - validator);
        }
        return new Totals(server, validator, emissionRao - server - validator);
    }

    private static long floorShare(double fraction, long amount) {
        if (!(fraction > 0)) {
            return 0;
        }
        return (long) Math.floor(Math.min(1.0, fraction) * amount);
    }

    private static double sumOf(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}
