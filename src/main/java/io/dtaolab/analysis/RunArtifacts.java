package io.dtaolab.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.analysis.detect.DetectionMarkdown;
import io.dtaolab.analysis.detect.RunDetection;
import io.dtaolab.analysis.report.ReportHtml;
import io.dtaolab.engine.RunData;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Writes a run directory: manifest.json (strategy hash, seed, preset, code version, wall-clock facts),
 * report.json, report.md and the self-contained report.html with charts (the measures and, when given, the
 * detectors' alarms; no timestamps, so equal runs give equal bytes) and series.csv.
 * Each file is written atomically.
 */
public final class RunArtifacts {
    public static final String CODE_VERSION = "dtao-stress-lab 0.1.0";
    private static final ObjectMapper JSON = ReportJson.mapper();

    private RunArtifacts() {
    }

    public static RunMeasures write(Path dir, RunData data, String strategySha256, boolean series) throws IOException {
        return write(dir, data, strategySha256, series, null);
    }

    /** As above, with the detectors' findings in report.json ("detection"), report.md and report.html. */
    public static RunMeasures write(Path dir, RunData data, String strategySha256, boolean series,
                                    RunDetection detection) throws IOException {
        // series.csv (hundreds of megabytes for a simulated year) is written on a thread of its own meanwhile
        FutureTask<Void> seriesFile = series ? new FutureTask<>(() -> {
            AtomicFiles.write(dir.resolve("series.csv"), out -> SeriesCsv.write(out, data.attack(), data.twin()));
            return null;
        }) : null;
        if (seriesFile != null) {
            Thread writer = new Thread(seriesFile, Thread.currentThread().getName() + "-series");
            writer.setDaemon(true);
            writer.start();
        }
        RunMeasures m;
        try {
            m = writeReports(dir, data, detection);
        } finally {
            if (seriesFile != null) {
                awaitWritten(seriesFile);
            }
        }
        writeManifest(dir, data, strategySha256);
        return m;
    }

    private static RunMeasures writeReports(Path dir, RunData data, RunDetection detection) throws IOException {
        RunMeasures m = Measures.of(data, detection);
        AtomicFiles.write(dir.resolve("report.json"), reportJson(m, detection));
        AtomicFiles.write(dir.resolve("report.md"), ReportMarkdown.render(m)
                + (data.issuance() == null ? "" : "\n**Issuance (" + data.preset() + "):** " + data.issuance().describe() + "\n")
                + (detection == null ? "" : DetectionMarkdown.render(detection)));
        AtomicFiles.write(dir.resolve("report.html"), ReportHtml.render(m, data, detection));
        return m;
    }

    private static void awaitWritten(FutureTask<Void> file) throws IOException {
        try {
            file.get();
        } catch (InterruptedException e) {
            file.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while series.csv was written");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("writing series.csv failed", e.getCause());
        }
    }

    private static void writeManifest(Path dir, RunData data, String strategySha256) throws IOException {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("strategy", data.strategyName());
        manifest.put("strategySha256", strategySha256);
        manifest.put("seed", data.seed());
        manifest.put("preset", data.preset());
        manifest.put("codeVersion", CODE_VERSION);
        manifest.put("blocksPlanned", data.blocksPlanned());
        manifest.put("blocksDone", data.blocksDone());
        manifest.put("state", data.interrupted() ? "interrupted" : "finished");
        manifest.put("startChainBlock", data.startChainBlock());
        if (data.issuance() != null) {
            manifest.put("totalIssuanceTaoAtStart", data.issuance().startTotalIssuanceTao());
            manifest.put("blockEmissionTao", data.issuance().startBlockEmissionTao());
            manifest.put("blockEmissionTaoAtEnd", data.issuance().endBlockEmissionTao());
        }
        if (data.startState() != null) {
            // the run skipped its warm-up: it started from this saved state (run --from-state)
            manifest.set("startState", JSON.valueToTree(data.startState()));
        }
        manifest.put("stateHashAttack", Long.toHexString(data.stateHashAttack()));
        manifest.put("stateHashTwin", Long.toHexString(data.stateHashTwin()));
        manifest.put("wallSeconds", data.wallSeconds());
        manifest.put("writtenAt", Instant.now().toString());
        AtomicFiles.write(dir.resolve("manifest.json"), JSON.writeValueAsString(manifest));
    }

    /** Reads a report.json back into its measures (undefined measures come back as NaN; extra keys are ignored). */
    public static RunMeasures readMeasures(Path reportJson) throws IOException {
        return JSON.readValue(reportJson.toFile(), RunMeasures.class);
    }

    public static String reportJson(RunMeasures m) throws IOException {
        return JSON.writeValueAsString(m);
    }

    public static String reportJson(RunMeasures m, RunDetection detection) throws IOException {
        if (detection == null) {
            return reportJson(m);
        }
        ObjectNode root = JSON.valueToTree(m);
        root.set("detection", JSON.valueToTree(detection));
        return JSON.writeValueAsString(root);
    }
}
