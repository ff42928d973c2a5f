package io.dtaolab.analysis.report;

import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.analysis.detect.Alarm;
import io.dtaolab.analysis.detect.DetectorBank;
import io.dtaolab.analysis.detect.RunDetection;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.Series;
import io.dtaolab.engine.TempoReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The charts of report.html, each as an inline SVG element; x axes are simulated days since the run began. */
public final class RunCharts {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    static final String DAYS = "simulated days since the run began";
    /** 12-second blocks. */
    static final int BLOCKS_PER_DAY = 7_200;

    private RunCharts() {
    }

    /** Emission share deviation (attack − twin) over time of the target and the top movers; 0 = no effect. */
    public static String shareDeviation(RunData d, RunMeasures m) {
        Set<Integer> subnets = new LinkedHashSet<>();
        if (m.target() > 0) {
            subnets.add(m.target());
        }
        m.topMovers().forEach(mv -> subnets.add(mv.netuid()));
        XYSeriesCollection data = new XYSeriesCollection();
        if (d.twin() != null) {
            for (int n : subnets) {
                XYSeries s = new XYSeries("SN" + n + (n == m.target() ? " (target)" : ""), false, true);
                for (int t = 0; t < d.attack().size() && n < d.attack().width(); t++) {
                    s.add(day(d, d.attack().block(t)), d.attack().share(t, n) - d.twin().share(t, n));
                }
                data.addSeries(s);
            }
        }
        JFreeChart c = line(d.twin() == null ? "Emission share deviation: no twin, nothing to compare"
                : "Emission share deviation, attack − twin: target and top movers", "share deviation", data);
        c.getXYPlot().addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        return SvgChart.svg(c, "deviation");
    }

    /** The target's EMA price (what emission follows) in the attack world and in the twin, and the attack's spot. */
    public static String targetEma(RunData d, RunMeasures m) {
        int n = Math.max(1, m.target());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("EMA (attack)", d, d.attack(), n, Series::ema));
        if (d.twin() != null) {
            data.addSeries(series("EMA (twin)", d, d.twin(), n, Series::ema));
        }
        data.addSeries(series("spot (attack)", d, d.attack(), n, Series::spot));
        return SvgChart.svg(line("SN" + n + " EMA price, attack vs twin (and the attack's spot), TAO per alpha",
                "TAO per alpha", data), "ema");
    }

    /** Adversary PnL (realisable exit − start value) and capital at risk so far, per tempo, over all adversaries. */
    public static String adversaryPnl(RunData d) {
        XYSeries pnl = new XYSeries("adversary PnL (TAO)", false, true);
        XYSeries risk = new XYSeries("max capital at risk so far (TAO)", false, true);
        for (TempoReport t : d.tempos()) {
            double p = 0;
            double r = 0;
            for (TempoReport.ClassMeasures c : t.adversaryClasses().values()) {
                p += c.pnlTao();
                r += c.capitalAtRiskTao();
            }
            pnl.add(day(d, t.chainBlock()), p);
            risk.add(day(d, t.chainBlock()), r);
        }
        XYSeriesCollection data = new XYSeriesCollection(pnl);
        data.addSeries(risk);
        return SvgChart.svg(line("Adversary PnL and capital at risk", "TAO", data), "pnl");
    }

    /**
     * Alarms on the timeline: each alarm at its block and score, one series per detector; the attack start marked.
     * Alarms of one detector that would land on the same pixel are drawn once, so a month of repeated alarms keeps
     * the page small (every alarm is still listed in report.json).
     */
    public static String alarms(RunData d, RunDetection det) {
        double last = d.attack().size() > 0 ? day(d, d.attack().block(d.attack().size() - 1)) : 1;
        double start0 = day(d, det.attackStartBlock());
        double from = Math.min(0, start0);
        double to = Math.max(last, start0) + 0.01;
        AlarmPixels pixels = AlarmPixels.of(det.alarms(), from, to);
        XYSeriesCollection data = new XYSeriesCollection();
        for (String name : DetectorBank.names()) {
            XYSeries s = new XYSeries(name);
            Set<Long> drawn = new HashSet<>();
            for (Alarm a : det.alarms()) {
                double x = day(d, a.block());
                if (a.detector().equals(name) && drawn.add(pixels.cell(x, a.score()))) {
                    s.add(x, a.score());
                }
            }
            data.addSeries(s);
        }
        JFreeChart c = ChartFactory.createScatterPlot("Alarms on the timeline (attack world)", DAYS, "score",
                data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot p = c.getXYPlot();
        p.getDomainAxis().setRange(from, to);
        ValueMarker start = new ValueMarker(start0, Color.RED, new BasicStroke(1.5f));
        start.setLabel("attack starts");
        p.addDomainMarker(start);
        XYLineAndShapeRenderer markers = new XYLineAndShapeRenderer(false, true);
        markers.setDrawOutlines(false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            markers.setSeriesPaint(i, SvgChart.color(i));
        }
        p.setRenderer(markers);
        return SvgChart.svg(c, "alarms");
    }

    private static JFreeChart line(String title, String yLabel, XYSeriesCollection data) {
        JFreeChart c = ChartFactory.createXYLineChart(title, DAYS, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        c.getXYPlot().setRenderer(r);
        c.getXYPlot().getRangeAxis().setAutoRange(true);
        ((org.jfree.chart.axis.NumberAxis) c.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        ((org.jfree.chart.axis.NumberAxis) c.getXYPlot().getDomainAxis()).setAutoRangeIncludesZero(false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, SvgChart.color(i));
            r.setSeriesStroke(i, new BasicStroke(1.6f));
        }
        return c;
    }

    private interface Column {
        double at(Series s, int t, int netuid);
    }

    private static XYSeries series(String name, RunData d, Series s, int netuid, Column col) {
        XYSeries out = new XYSeries(name, false, true);
        for (int t = 0; t < s.size(); t++) {
            if (netuid < s.width()) {
                out.add(day(d, s.block(t)), col.at(s, t, netuid));
            }
        }
        return out;
    }

    /** Simulated days since the run's first block (12 s blocks). */
    static double day(RunData d, long chainBlock) {
        return (chainBlock - d.startChainBlock()) / (double) BLOCKS_PER_DAY;
    }
}
