package io.dtaolab.experiment.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.engine.RunControl;
import io.dtaolab.scenario.SearchSpec;
import io.dtaolab.scenario.StrategyTrees;
import org.junit.jupiter.api.Test;

/** A candidate evaluated on a worker comes back bit for bit: the task and its whole result survive the wire. */
class CandidateCodecTest {

    @Test
    void aRemoteResultEqualsTheLocalOne() throws Exception {
        SearchSpec spec = SearchFixtures.load(SearchFixtures.FLOW + "search:\n  params:\n    cycleTao: { min: 10, max: 2000 }\nevaluations: 1\n");
        CandidateTask task = new CandidateTask("search-1", "t0000000-s99", 99, StrategyTrees.yaml(spec.baseTree()),
                spec.strategyDir().toString());
        String wire = CandidateCodec.task(task);
        assertTrue(CandidateCodec.isTask(wire));
        assertEquals(task, CandidateCodec.task(wire));

        SeedResult local = CandidateRuns.execute(task, new RunControl());
        CandidateCodec.Envelope back = CandidateCodec.result(CandidateCodec.result(task, local, null));
        assertEquals("search-1", back.searchId());
        assertEquals("t0000000-s99", back.key());
        assertNull(back.error());
        assertEquals(local, back.result(), "every measure, the detection flag, alarms and the state hash");
    }

    @Test
    void sweepMessagesAndGarbageAreNotCandidates() {
        assertFalse(CandidateCodec.isTask("{\"sweepId\":\"s\",\"runKey\":\"c0000-r000\"}"));
        assertFalse(CandidateCodec.isTask("not json"));
        assertThrows(IllegalArgumentException.class, () -> CandidateCodec.result("{\"sweepId\":\"s\",\"runKey\":\"c0000-r000\"}"));
        CandidateTask task = new CandidateTask("q", "k", 1, "x", "/");
        CandidateCodec.Envelope failed = CandidateCodec.result(CandidateCodec.result(task, null, "boom"));
        assertEquals("boom", failed.error());
        assertNull(failed.result());
    }
}
