package io.dtaolab.experiment.seeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.analysis.AtomicFiles;
import io.dtaolab.analysis.ReportJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** seeds.json and seeds.md next to the per-seed run directories, written atomically. */
final class SeedFiles {
    private static final ObjectMapper JSON = ReportJson.mapper();

    private SeedFiles() {
    }

    static void write(Path dir, SeedSummary s) throws IOException {
        AtomicFiles.write(dir.resolve("seeds.json"), JSON.writeValueAsString(s));
        AtomicFiles.write(dir.resolve("seeds.md"), markdown(s));
    }

    static String markdown(SeedSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(s.strategy()).append(" — ").append(s.preset()).append(", ").append(s.seeds().size())
                .append(" seeds (").append(s.seeds().get(0)).append("–").append(s.seeds().get(s.seeds().size() - 1))
                .append("), ").append(s.blocks()).append(" blocks each\n\n");
        sb.append("**Verdict:** ").append(s.verdict()).append("\n\n");
        sb.append(String.format(Locale.ROOT, "Paid off in %.0f %% of seeds. Distortion: %s. Economics: %s. Detection: %s.%n%n",
                100 * s.paidOffShare(), counts(s.distortion()), counts(s.economics()), counts(s.detection())));
        sb.append("| measure | median | 90 % interval (p5 – p95) | seeds with a value |\n|---|---|---|---|\n");
        for (var e : s.measures().entrySet()) {
            SeedSummary.Interval i = e.getValue();
            sb.append("| ").append(e.getKey()).append(" | ").append(num(i.median())).append(" | ")
                    .append(num(i.p5())).append(" – ").append(num(i.p95())).append(" | ").append(i.n()).append(" |\n");
        }
        sb.append("\n| seed | PnL (TAO) | emission redirected (TAO) | max capital at risk (TAO) | distortion | economics | detection | ledger residual (RAO) |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (SeedSummary.PerSeed p : s.perSeed()) {
            sb.append("| ").append(p.seed()).append(" | ").append(num(p.pnlTao())).append(" | ")
                    .append(num(p.emissionRedirectedTao())).append(" | ").append(num(p.maxCapitalAtRiskTao())).append(" | ")
                    .append(p.distortion().toLowerCase(Locale.ROOT)).append(" | ").append(p.economics().toLowerCase(Locale.ROOT))
                    .append(" | ").append(p.detection().toLowerCase(Locale.ROOT)).append(" | ").append(p.residualRao()).append(" |\n");
        }
        return sb.toString();
    }

    private static String counts(Map<String, Integer> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k.toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ').append(v));
        return sb.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,.4f", v);
    }
}
