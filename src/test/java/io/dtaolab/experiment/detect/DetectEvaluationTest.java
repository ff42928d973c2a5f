package io.dtaolab.experiment.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The held-out evaluation at CI size: generator → runs → tuned thresholds → held-out table. */
class DetectEvaluationTest {
    static final int ATTACKS = Integer.getInteger("detect.eval.attacks", 12);
    static final int HONEST = Integer.getInteger("detect.eval.honest", 6);

    @Test
    void heldOutTable() throws Exception {
        DetectEvaluation.Result r = DetectEvaluation.run(new DetectEvaluation.Plan(ATTACKS, HONEST, 1, 2, 2), i -> { });
        String md = DetectEvalMarkdown.render(r, "detect-eval");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/detect-eval.md"), md);
        System.out.println(md);
        assertTrue(md.contains("wash-trading"));
    }
}
