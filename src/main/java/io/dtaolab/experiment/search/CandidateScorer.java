package io.dtaolab.experiment.search;

import java.util.List;

/**
 * Scores a batch of candidate strategies (the search's view of {@link CandidateEvaluator}); tests substitute a
 * synthetic objective to check the optimiser's policy without running simulations.
 */
interface CandidateScorer {
    List<Evaluation> evaluate(List<CandidateEvaluator.Candidate> batch, int firstIndex, double budgetTao)
            throws InterruptedException;
}
