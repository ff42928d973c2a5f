package io.dtaolab.engine;

/**
 * The per-tempo emission accounting, in one place for the live tempo reports and the final measures: TAO the
 * network emitted in a tempo, and TAO the target got in the attack world beyond the twin.
 */
public final class EmissionTally {
    private EmissionTally() {
    }

    /** TAO emitted to all subnets in tempo row {@code t}. */
    public static double network(Series s, int t) {
        double sum = 0;
        for (int n = 1; n < s.width(); n++) {
            sum += s.taoEmitted(t, n);
        }
        return sum;
    }

    /** TAO emitted to {@code netuid} in the attack world minus the twin, in tempo row {@code t}. */
    public static double redirected(Series attack, Series twin, int t, int netuid) {
        return attack.taoEmitted(t, netuid) - twin.taoEmitted(t, netuid);
    }
}
