package io.dtaolab.experiment.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.detect.DetectorBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The held-out evaluation at CI size (generator → runs → thresholds tuned on seed 1 → table on seed 2); the full size
 * is {@code detect-eval} (README). Writes target/detect-eval.md.
 */
class DetectEvaluationTest {
    static final int ATTACKS = Integer.getInteger("detect.eval.attacks", 16);
    static final int HONEST = Integer.getInteger("detect.eval.honest", 5);

    @Test
    void heldOutTableFromThresholdsTunedElsewhere() throws Exception {
        DetectEvaluation.Result r = DetectEvaluation.run(new DetectEvaluation.Plan(ATTACKS, HONEST, 1, 2, 2), i -> { });
        String md = DetectEvalMarkdown.render(r, "detect-eval --cases " + ATTACKS + " --honest " + HONEST);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/detect-eval.md"), md);
        System.out.println(md);

        assertEquals(DetectorBank.names(), r.detectors().stream().map(DetectEvaluation.DetectorResult::detector).toList());
        long honestWorlds = r.heldOutWorlds().stream().filter(EvalWorld::honest).count();
        assertEquals(ATTACKS + HONEST, honestWorlds, "each attack case's twin plus the honest cases");
        for (String section : List.of("Recall per evasive variant", "Confusion", "by honest population", "ROC")) {
            assertTrue(md.contains(section), section);
        }
        // regression guard at the shipped defaults (the tuner's choice on the full-size seed-1 set): every detector keeps
        // precision; recall is guarded where the 2-4 cases a family gets at this size are stable (collusion is 3 / 4 here)
        for (DetectEvaluation.DetectorResult d : r.detectors()) {
            DetectorOutcome o = d.heldOutAtDefault();
            assertTrue(o.precision() >= 0.95, d.detector() + " precision at default " + o.precision());
            if (!d.detector().equals("collusion")) {
                assertTrue(o.recall() >= 0.9, d.detector() + " recall at default " + o.recall());
            }
        }
        // the held-out set plays no part in choosing thresholds: swapping it for the tuning set's own worlds
        // leaves every tuned threshold as it was
        List<DetectEvaluation.DetectorResult> again = DetectEvaluation.score(r.tuningWorlds(), r.tuningWorlds());
        for (int i = 0; i < again.size(); i++) {
            assertEquals(r.detectors().get(i).tunedThreshold(), again.get(i).tunedThreshold(), again.get(i).detector());
        }
    }
}
