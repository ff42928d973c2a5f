package io.dtaolab.experiment.search;

import java.util.concurrent.Future;

/**
 * Candidate runs executed outside this process (the sweep workers, over Kafka). The future completes with the run's
 * result, or fails: with an {@link InterruptedException} cause when the search was cancelled.
 */
public interface RemoteRuns {
    Future<SeedResult> submit(CandidateTask task);
}
