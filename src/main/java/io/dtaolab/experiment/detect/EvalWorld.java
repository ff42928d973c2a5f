package io.dtaolab.experiment.detect;

import io.dtaolab.analysis.detect.ScoreTrace;
import java.util.List;
import java.util.Map;

/**
 * One world of an evaluation run as the scoring sees it: an attack world (its truths, with chain blocks) or an honest
 * world (an honest case, or an attack case's twin: no truths), and every detector's score trace.
 */
public record EvalWorld(String caseId, boolean twin, HonestStress stress, List<Attack> attacks,
                        Map<String, ScoreTrace> traces) {

    public EvalWorld {
        attacks = List.copyOf(attacks);
        traces = Map.copyOf(traces);
    }

    /** A truth placed on the chain's clock: the attack's first block as a chain block. */
    public record Attack(GeneratedCase.Truth truth, long startBlock) {
        /** Sandwich bots strike wherever victims appear, so an alarm on any subnet attributes to them. */
        public boolean anySubnet() {
            return truth.family() == AttackFamily.SANDWICH;
        }
    }

    public boolean honest() {
        return attacks.isEmpty();
    }

    public ScoreTrace trace(String detector) {
        ScoreTrace t = traces.get(detector);
        if (t == null) {
            throw new IllegalArgumentException("no trace for detector " + detector + "; have " + traces.keySet());
        }
        return t;
    }
}
