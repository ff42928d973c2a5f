package io.dtaolab.experiment.calibration;

import io.dtaolab.analysis.report.HtmlPage;
import io.dtaolab.analysis.report.SvgChart;
import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** calibration.md and calibration.html: the facts side by side, the checks, and the two distributions as CDFs. */
public final class CalibrationReport {
    static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};

    private CalibrationReport() {
    }

    public static void write(Calibration.Result r, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("calibration.md"), markdown(r), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("calibration.html"), html(r), StandardCharsets.UTF_8);
    }

    /** fit.csv (every candidate: loss, KS, the parameters) and population.yaml (the best candidate's population). */
    public static void writeFit(CalibrationFit.Fit fit, io.dtaolab.scenario.StrategySpec spec, Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("candidate,loss,ks_logreturns,ks_fitting_half,ks_held_out_half,largest_daily_move");
        for (FitDim d : FitDim.DEFAULT) {
            csv.append(',').append(d.type()).append('.').append(d.param());
        }
        csv.append('\n');
        for (CalibrationFit.Candidate c : fit.candidates()) {
            csv.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.4f,%.3f", c.index() + 1, c.loss(), c.result().ksLogReturns(),
                    c.result().ksLogReturns(HoldOut.FIT), c.result().ksLogReturns(HoldOut.HELD_OUT), c.result().largestDailyMove().ratio()));
            for (FitDim d : FitDim.DEFAULT) {
                csv.append(',').append(CalibrationFit.current(c.population(), d));
            }
            csv.append('\n');
        }
        Files.writeString(dir.resolve("fit.csv"), csv.toString(), StandardCharsets.UTF_8);
        CalibrationFit.Candidate best = fit.best();
        String header = String.format(Locale.ROOT, "Honest population fitted by `calibrate --fit` on %s (seed %d, %d blocks, %d runs).%n"
                        + "Best candidate %d: KS distance of the 30-day log-return cross-section %.3f (fitting half %.3f, "
                        + "held-out half %.3f), largest daily move %.3fx.%n"
                        + "Include it with  honest: { include: networks/<this file> }", spec.name(), best.result().seed(),
                best.result().blocks(), fit.candidates().size(), best.index() + 1, best.result().ksLogReturns(),
                best.result().ksLogReturns(HoldOut.FIT), best.result().ksLogReturns(HoldOut.HELD_OUT),
                best.result().largestDailyMove().ratio());
        Files.writeString(dir.resolve("population.yaml"), io.dtaolab.scenario.PopulationYaml.of(best.population(), header), StandardCharsets.UTF_8);
    }

    static String markdown(Calibration.Result r) {
        StringBuilder md = new StringBuilder();
        md.append("# Calibration: ").append(r.strategy()).append("\n\n");
        md.append(String.format(Locale.ROOT, "Honest population of `%s` alone (adversaries left out), seed %d, %d blocks "
                + "(%.1f days) forward from the snapshot, against the chain's 30 days before it "
                + "(`mainnet-2026-09-30-market.csv`).%n%n", r.strategy(), r.seed(), r.blocks(), r.blocks() / 7200.0));
        md.append("**").append(r.fits() ? "Fits" : "Does not fit").append(String.format(Locale.ROOT,
                "**: KS distance of the 30-day log-return cross-section %.3f (bound %.2f); heavy tails %s; "
                        + "no autocorrelation of returns %s; autocorrelated absolute returns %s.%n%n",
                r.ksLogReturns(), Calibration.MAX_KS, yes(r.heavyTails()), yes(r.noReturnAutocorrelation()),
                yes(r.volatilityClustering())));
        md.append("| 30-day log return | chain | twin |\n|---|---|---|\n");
        md.append(row("subnets", r.real().logReturns().length, r.twin().logReturns().length));
        for (double q : QUANTILES) {
            md.append(String.format(Locale.ROOT, "| %.0f %% quantile | %.3f | %.3f |%n", q * 100,
                    Stats.quantile(r.real().logReturns(), q), Stats.quantile(r.twin().logReturns(), q)));
        }
        md.append(String.format(Locale.ROOT, "| two-sample KS distance | %.3f | |%n", r.ksLogReturns()));
        for (HoldOut half : new HoldOut[] {HoldOut.FIT, HoldOut.HELD_OUT}) {
            md.append(String.format(Locale.ROOT, "| KS distance, %s (%d / %d subnets) | %.3f | |%n", half.name(),
                    r.real().logReturns(half).length, r.twin().logReturns(half).length, r.ksLogReturns(half)));
        }
        md.append(String.format(Locale.ROOT, "%nThe halves are a fixed random split of the netuids (seed %d); `calibrate --fit` "
                + "scores candidates on the fitting half only.%n%n", HoldOut.SEED));
        md.append("| mean over final price (30 days) | chain | twin |\n|---|---|---|\n");
        for (double q : new double[] {0.25, 0.5, 0.75}) {
            md.append(String.format(Locale.ROOT, "| %.0f %% quantile | %.3f | %.3f |%n", q * 100,
                    Stats.quantile(r.real().meanOverFinal(), q), Stats.quantile(r.twin().meanOverFinal(), q)));
        }
        md.append(String.format(Locale.ROOT, "| two-sample KS distance | %.3f | |%n%n", r.ksMeanOverFinal()));
        md.append(String.format(Locale.ROOT, "Owners' trading volume: chain %,.0f TAO bought and sold by subnet owners in 30 days; "
                + "twin %,.0f TAO%s.%n%n", r.real().ownerVolumeTao(), r.ownerVolumeTao(),
                r.ownerVolumeTao() > 0 ? " (the `subnet-owner` agents)" : ": the population has no `subnet-owner` (not modelled)"));
        md.append("| stylised fact (twin, per-tempo log returns, median over subnets) | value | holds when |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| heavy tails: excess kurtosis | %.2f | > %.0f |%n", Stats.median(r.twin().kurtosis()),
                Calibration.MIN_EXCESS_KURTOSIS));
        md.append(String.format(Locale.ROOT, "| no autocorrelation: lag-1 autocorrelation of returns | %.3f | within ±%.1f |%n",
                Stats.median(r.twin().returnAcf1()), Calibration.MAX_ABS_RETURN_ACF1));
        md.append(String.format(Locale.ROOT, "| volatility clustering: mean autocorrelation of absolute returns, lags 1–%d | %.3f | > %.0f |%n",
                TwinFacts.ABS_LAGS, Stats.median(r.twin().absReturnAcf()), Calibration.MIN_ABS_RETURN_ACF));
        md.append(String.format(Locale.ROOT, "| subnets with enough moves (≥ %d non-zero tempo returns) | %d | |%n%n",
                TwinFacts.MIN_MOVES, r.twin().kurtosis().length));
        md.append(String.format(Locale.ROOT, "Largest move within a day in the twin: %.3f× on SN%d.%n",
                r.largestDailyMove().ratio(), r.largestDailyMove().netuid()));
        return md.toString();
    }

    static String html(Calibration.Result r) {
        StringBuilder sb = HtmlPage.open("Calibration: " + r.strategy(), "");
        sb.append("<pre>").append(HtmlPage.esc(markdown(r))).append("</pre>\n");
        HtmlPage.chart(sb, "logreturns", cdf("30-day log returns: chain vs twin", "30-day log return",
                r.real().logReturns(), r.twin().logReturns(), "logreturns"));
        HtmlPage.chart(sb, "meanoverfinal", cdf("Mean over final price, 30 days: chain vs twin", "mean / final price",
                r.real().meanOverFinal(), r.twin().meanOverFinal(), "meanoverfinal"));
        return HtmlPage.close(sb);
    }

    /** Empirical CDFs of the chain's and the twin's values. */
    static String cdf(String title, String xLabel, double[] chain, double[] twin, String id) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(ecdf("chain (" + chain.length + " subnets)", chain));
        data.addSeries(ecdf("twin (" + twin.length + " subnets)", twin));
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, "share of subnets at or below", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < 2; i++) {
            renderer.setSeriesPaint(i, SvgChart.color(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        ((XYPlot) chart.getPlot()).setRenderer(renderer);
        return SvgChart.svg(chart, id, 380);
    }

    private static XYSeries ecdf(String name, double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        XYSeries series = new XYSeries(name, true, true);
        for (int i = 0; i < s.length; i++) {
            series.addOrUpdate(s[i], (i + 1.0) / s.length);
        }
        return series;
    }

    private static String row(String label, long chain, long twin) {
        return "| " + label + " | " + chain + " | " + twin + " |\n";
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
