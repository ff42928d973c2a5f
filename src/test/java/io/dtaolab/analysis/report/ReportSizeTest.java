package io.dtaolab.analysis.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.RunDirectory;
import io.dtaolab.experiment.RunOrder;
import io.dtaolab.experiment.RunPipeline;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 30-day report with two alarm-rich attacks on 16 subnets stays under 500 KB (it was 2.7 MB when each series was
 * drawn as one line element per point), and its charts still hold a month of data: one path per series.
 */
class ReportSizeTest {
    static final long LIMIT_BYTES = 500_000;

    @Test
    void aMonthLongReportIsUnder500KilobytesWithEveryChartDrawn(@TempDir Path dir) throws Exception {
        Path file = Path.of("src/test/resources/report/month-wash-and-sandwich.yaml");
        StrategySpec spec = StrategyLoader.load(file);
        RunPipeline.run(RunOrder.of(spec, spec.mechanism(), spec.seed(), spec.blocks()), new RunControl(),
                RunListener.NONE, AlarmSink.NONE, RunDirectory.of(dir, Files.readAllBytes(file), spec));
        Path html = dir.resolve("report.html");
        long size = Files.size(html);
        String page = Files.readString(html);
        System.out.printf("30-day report.html: %,d bytes%n", size);
        assertTrue(size < LIMIT_BYTES, "report.html is " + size + " bytes");
        assertTrue(spec.blocks() >= 216_000, "a month of blocks: " + spec.blocks());
        Matcher paths = Pattern.compile("<path[^>]* d=['\"]M([^'\"]*)['\"]").matcher(page);
        int longest = 0;
        while (paths.find()) {
            longest = Math.max(longest, paths.group(1).split("L").length);
        }
        assertTrue(longest >= 500, "a month of tempos drawn as one path: longest path has " + longest + " points");
    }
}
