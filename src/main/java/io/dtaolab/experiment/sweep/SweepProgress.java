package io.dtaolab.experiment.sweep;

/**
 * Where a sweep stands: runs done of total, failed runs, duplicate results ignored (redelivery) and of those the ones
 * whose content differed from the first copy (which would mean a non-deterministic run), throughput so far.
 */
public record SweepProgress(String sweepId, String state, int total, int done, int failed, long duplicates, long conflicts,
                            double elapsedSeconds) {

    public double runsPerMinute() {
        return elapsedSeconds > 0 ? done * 60.0 / elapsedSeconds : 0;
    }

    public double etaSeconds() {
        return done > 0 ? elapsedSeconds * (total - done) / done : Double.NaN;
    }
}
