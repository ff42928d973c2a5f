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

/** The charts of report.html, each as an inline SVG element; x axes are chain blocks. */
public final class RunCharts {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private RunCharts() {
    }

    /** Emission share over time of the target and the top movers, attack (solid) vs twin (dashed). */
    public static String emissionShare(RunData d, RunMeasures m) {
        Set<Integer> subnets = new LinkedHashSet<>();
        if (m.target() > 0) {
            subnets.add(m.target());
        }
        m.topMovers().forEach(mv -> subnets.add(mv.netuid()));
        XYSeriesCollection data = new XYSeriesCollection();
        List<Boolean> dashed = new ArrayList<>();
        for (int n : subnets) {
            data.addSeries(series("SN" + n + " attack", d.attack(), n, Series::share));
            dashed.add(false);
            if (d.twin() != null) {
                data.addSeries(series("SN" + n + " twin", d.twin(), n, Series::share));
                dashed.add(true);
            }
        }
        JFreeChart c = line("Emission share: target and top movers, attack (solid) vs twin (dashed)", "emission share",
                data);
        XYPlot p = c.getXYPlot();
        int perSubnet = d.twin() != null ? 2 : 1;
        for (int i = 0; i < dashed.size(); i++) {
            p.getRenderer().setSeriesPaint(i, SvgChart.color(i / perSubnet));
            if (dashed.get(i)) {
                p.getRenderer().setSeriesStroke(i, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                        10f, new float[] {6f, 4f}, 0f));
            }
        }
        return SvgChart.svg(c, "share");
    }

    /** Spot and EMA price of the target in the attack world, and the twin's spot. */
    public static String targetPrice(RunData d, RunMeasures m) {
        int n = Math.max(1, m.target());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("spot (attack)", d.attack(), n, Series::spot));
        data.addSeries(series("EMA (attack)", d.attack(), n, Series::ema));
        if (d.twin() != null) {
            data.addSeries(series("spot (twin)", d.twin(), n, Series::spot));
        }
        return SvgChart.svg(line("SN" + n + " price, TAO per alpha", "TAO per alpha", data), "price");
    }

    /** Adversary PnL (marked to exit) and capital at risk per tempo, summed over adversary classes. */
    public static String adversaryPnl(RunData d) {
        XYSeries pnl = new XYSeries("adversary PnL (TAO)");
        XYSeries risk = new XYSeries("capital at risk (TAO)");
        for (TempoReport t : d.tempos()) {
            double p = 0;
            double r = 0;
            for (TempoReport.ClassMeasures c : t.adversaryClasses().values()) {
                p += c.pnlTao();
                r += c.capitalAtRiskTao();
            }
            pnl.add(t.chainBlock(), p);
            risk.add(t.chainBlock(), r);
        }
        XYSeriesCollection data = new XYSeriesCollection(pnl);
        data.addSeries(risk);
        return SvgChart.svg(line("Adversary PnL and capital at risk", "TAO", data), "pnl");
    }

    /** Alarms on the timeline: each alarm at its block and score, one series per detector; the attack start marked. */
    public static String alarms(RunData d, RunDetection det) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String name : DetectorBank.names()) {
            XYSeries s = new XYSeries(name);
            for (Alarm a : det.alarms()) {
                if (a.detector().equals(name)) {
                    s.add(a.block(), a.score());
                }
            }
            data.addSeries(s);
        }
        JFreeChart c = ChartFactory.createScatterPlot("Alarms on the timeline (attack world)", "chain block", "score",
                data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot p = c.getXYPlot();
        long first = d.attack().size() > 0 ? d.attack().block(0) : det.attackStartBlock();
        long last = d.attack().size() > 0 ? d.attack().block(d.attack().size() - 1) : det.attackStartBlock() + 1;
        p.getDomainAxis().setRange(Math.min(first, det.attackStartBlock()) - 1, Math.max(last, det.attackStartBlock()) + 1);
        ValueMarker start = new ValueMarker(det.attackStartBlock(), Color.RED, new BasicStroke(1.5f));
        start.setLabel("attack starts");
        p.addDomainMarker(start);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            p.getRenderer().setSeriesPaint(i, SvgChart.color(i));
        }
        return SvgChart.svg(c, "alarms");
    }

    private static JFreeChart line(String title, String yLabel, XYSeriesCollection data) {
        JFreeChart c = ChartFactory.createXYLineChart(title, "chain block", yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
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

    private static XYSeries series(String name, Series s, int netuid, Column col) {
        XYSeries out = new XYSeries(name, false, true);
        for (int t = 0; t < s.size(); t++) {
            if (netuid < s.width()) {
                out.add(s.block(t), col.at(s, t, netuid));
            }
        }
        return out;
    }
}
