package io.dtaolab.app.cli;

import io.dtaolab.experiment.sweep.RunOutcome;
import io.dtaolab.experiment.sweep.SweepJob;
import io.dtaolab.experiment.sweep.SweepProgress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;

/** Overall sweep progress as plain lines: after every run for small sweeps, at each percent for large ones. */
final class SweepProgressPrinter implements Consumer<RunOutcome> {
    private final SweepJob job;
    private final PrintStream out;
    private int lastPercent = -1;

    SweepProgressPrinter(SweepJob job, PrintStream out) {
        this.job = job;
        this.out = out;
    }

    @Override
    public synchronized void accept(RunOutcome outcome) {
        SweepProgress p = job.progress();
        int percent = 100 * p.done() / Math.max(1, p.total());
        if (p.total() > 100 && percent == lastPercent && p.done() < p.total()) {
            return;
        }
        lastPercent = percent;
        out.println(line(p) + (outcome.failed() ? " — " + outcome.runKey() + " failed: " + outcome.error() : ""));
    }

    static String line(SweepProgress p) {
        double eta = p.etaSeconds();
        return String.format(Locale.ROOT, "sweep: %d/%d runs (%d%%), %d failed, %.1f runs/min, ETA %s", p.done(), p.total(),
                100 * p.done() / Math.max(1, p.total()), p.failed(), p.runsPerMinute(), Double.isNaN(eta) ? "?" : Math.round(eta) + "s");
    }
}
