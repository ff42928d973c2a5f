package io.dtaolab.chain.epoch;

/** Validator permits: the top {@code k} non-zero stake weights ({@code is_topk_nonzero}, epoch/math.rs). */
final class ValidatorPermits {
    private ValidatorPermits() {
    }

    /**
     * Writes the permits into {@code out}. Ties resolve as the chain's stable ascending sort does: among equal
     * stakes, the lower uid is dropped first.
     */
    static void topKNonZero(double[] stake, int k, boolean[] out) {
        int n = stake.length;
        int dropped = n - k;
        for (int i = 0; i < n; i++) {
            boolean keep = stake[i] != 0.0;
            if (keep && dropped > 0) {
                int before = 0;
                for (int j = 0; j < n; j++) {
                    if (stake[j] < stake[i] || (stake[j] == stake[i] && j < i)) {
                        before++;
                    }
                }
                keep = before >= dropped;
            }
            out[i] = keep;
        }
    }
}
