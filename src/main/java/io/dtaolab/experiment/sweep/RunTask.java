package io.dtaolab.experiment.sweep;

/**
 * One run of a sweep, self-contained so a remote worker needs nothing else: the cell's strategy as YAML, the seed
 * and where the strategy's relative paths (network snapshots) resolve.
 *
 * @param runKey unique within the sweep and sortable: {@code c0003-r01} is cell 3, second seed
 */
public record RunTask(String sweepId, String runKey, int cell, long seed, String strategyYaml, String strategyDir) {

    public static String key(int cell, int replicate) {
        return String.format(java.util.Locale.ROOT, "c%04d-r%03d", cell, replicate);
    }
}
