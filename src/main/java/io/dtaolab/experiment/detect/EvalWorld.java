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

    /**
     * A truth placed on the chain's clock: the attack's first block as a chain block, and how many extrinsics the
     * adversary got executed (0: it never acted on chain, so no monitor could see it).
     */
    public record Attack(GeneratedCase.Truth truth, long startBlock, long executed) {
        /** Sandwich bots strike wherever victims appear, so an alarm on any subnet attributes to them. */
        public boolean anySubnet() {
            return truth.family() == AttackFamily.SANDWICH;
        }

        public boolean inert() {
            return executed == 0;
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
