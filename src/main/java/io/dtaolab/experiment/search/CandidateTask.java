package io.dtaolab.experiment.search;

/**
 * One candidate run on one seed, self-contained so a remote worker needs nothing else: the candidate strategy as
 * YAML, the seed and where the strategy's relative paths (network snapshots) resolve.
 *
 * @param searchId the search it belongs to (results of other searches are ignored)
 * @param key      unique within the search
 */
public record CandidateTask(String searchId, String key, long seed, String strategyYaml, String strategyDir) {
}
