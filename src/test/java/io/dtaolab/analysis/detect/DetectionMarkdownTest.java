package io.dtaolab.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The detection sentence names chain heights and the block of the run, as the rest of report.md counts from it. */
class DetectionMarkdownTest {
    @Test
    void theFirstAlarmSaysBothTheChainHeightAndTheBlockOfTheRun() {
        RunDetection caught = new RunDetection(List.of(), List.of(), 5, 4_001_000, 4_001_600, 600, "wash-trading",
                Map.of(), 4_000_000);
        assertEquals("**First alarm on SN5:** wash-trading at chain block 4001600 (block 1600 of the run), 600 blocks "
                + "(2.0 h) after the attack began.", DetectionMarkdown.firstAlarm(caught));
        RunDetection missed = new RunDetection(List.of(), List.of(), 5, 4_001_000, -1, -1, "", Map.of(), 4_000_000);
        assertEquals("**No detector alarmed on the target** after the attack began at chain block 4001000 (block 1000 "
                + "of the run).", DetectionMarkdown.firstAlarm(missed));
    }
}
