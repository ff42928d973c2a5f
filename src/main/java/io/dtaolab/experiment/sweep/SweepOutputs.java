package io.dtaolab.experiment.sweep;

import io.dtaolab.analysis.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a sweep's result files into a directory, each atomically (readers never see half a file):
 * runs.csv, cells.csv, cost-curve.csv, report.md, report.json and report.html (charts included). Nothing in them
 * depends on timing.
 */
public final class SweepOutputs {
    public static final List<String> FILES = List.of("runs.csv", "cells.csv", "cost-curve.csv", "report.md", "report.json",
            "report.html");

    private SweepOutputs() {
    }

    public static void write(Path dir, SweepResult r) throws IOException {
        AtomicFiles.write(dir.resolve("runs.csv"), SweepCsv.runs(r));
        AtomicFiles.write(dir.resolve("cells.csv"), SweepCsv.cells(r));
        AtomicFiles.write(dir.resolve("cost-curve.csv"), SweepCsv.costCurve(r));
        AtomicFiles.write(dir.resolve("report.md"), SweepMarkdown.render(r));
        AtomicFiles.write(dir.resolve("report.json"), SweepJson.render(r));
        AtomicFiles.write(dir.resolve("report.html"), SweepHtml.render(r));
    }
}
