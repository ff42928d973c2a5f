package io.dtaolab.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectorAndCodecTest {

    static RunOutcome outcome(String key, double pnl) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Measure x : Measure.values()) {
            m.put(x.name(), Double.NaN);
        }
        m.put(Measure.adversaryPnlTao.name(), pnl);
        m.put(Measure.emissionRedirectedTao.name(), 0.1 + 0.2);
        return new RunOutcome(key, 0, 7, "current-2026-06", m, -42L, null);
    }

    @Test
    void outcomesSurviveTheWireBitForBit() {
        RunOutcome o = outcome("c0000-r000", -1.0 / 3);
        SweepCodec.Envelope back = SweepCodec.outcome(SweepCodec.outcome("s1", o));
        assertEquals("s1", back.sweepId());
        assertEquals(o, back.outcome());
        assertTrue(Double.isNaN(back.outcome().measure(Measure.emaDecayBlocks)));
        RunTask t = new RunTask("s1", "c0001-r002", 1, 101, "name: x\n", "/tmp");
        assertEquals(t, SweepCodec.task(SweepCodec.task(t)));
    }

    @Test
    void collectorKeepsTheFirstOutcomePerRunKey() throws Exception {
        SweepPlan plan = SweepPlan.of("s", LocalSweepTest.spec());
        ResultCollector c = new ResultCollector(plan);
        assertTrue(c.offer(outcome("c0000-r000", 1)));
        assertFalse(c.offer(outcome("c0000-r000", 1)), "redelivery");
        assertFalse(c.offer(outcome("c0000-r000", 2)), "conflicting copy");
        assertFalse(c.offer(outcome("c9999-r000", 1)), "not in the plan");
        SweepProgress p = c.progress("RUNNING");
        assertEquals(1, p.done());
        assertEquals(2, p.duplicates());
        assertEquals(1, p.conflicts());
        assertFalse(c.complete());
        assertEquals(1.0, c.result().cells().get(0).paidOffShare());
    }

    @Test
    void statsInterpolatePercentilesAndSkipNaN() {
        Stats s = Stats.of(new double[] {4, Double.NaN, 1, 3, 2});
        assertEquals(4, s.n());
        assertEquals(2.5, s.mean());
        assertEquals(1.15, s.p5(), 1e-12);
        assertEquals(2.5, s.p50());
        assertEquals(3.85, s.p95(), 1e-12);
        assertEquals(4, s.max());
        assertEquals(0, Stats.of(new double[] {Double.NaN}).n());
    }
}
