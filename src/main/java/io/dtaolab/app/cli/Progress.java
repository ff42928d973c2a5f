package io.dtaolab.app.cli;

import io.dtaolab.engine.BlockSummary;
import io.dtaolab.engine.RunListener;
import java.io.PrintStream;
import java.util.Locale;

/** A progress bar with blocks/s and ETA on a terminal; a plain line every 10 % otherwise (logs, CI). */
final class Progress implements RunListener {
    private static final int WIDTH = 30;
    private final String label;
    private final long total;
    private final boolean terminal;
    private final PrintStream out = System.err;
    private long lastDraw;
    private int lastDecile = -1;

    Progress(String label, long total, boolean terminal) {
        this.label = label;
        this.total = total;
        this.terminal = terminal;
    }

    @Override
    public void onBlock(BlockSummary s) {
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw < 200_000_000L && s.blockIndex() < total) {
                return;
            }
            lastDraw = now;
            int filled = (int) (WIDTH * s.blockIndex() / Math.max(1, total));
            out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + line(s));
        } else {
            int decile = (int) (10 * s.blockIndex() / Math.max(1, total));
            if (decile != lastDecile) {
                lastDecile = decile;
                out.println(label + ": " + line(s));
            }
        }
    }

    private String line(BlockSummary s) {
        double eta = s.blocksPerSecond() > 0 ? (total - s.blockIndex()) / s.blocksPerSecond() : 0;
        return String.format(Locale.ROOT, "%d/%d blocks, %.0f blocks/s, ETA %.0fs", s.blockIndex(), total,
                s.blocksPerSecond(), eta);
    }

    void finish() {
        if (terminal) {
            out.println();
        }
    }
}
