package io.dtaolab.experiment.sweep;

import io.dtaolab.analysis.report.SvgChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The sweep report's charts over the cost curve and the cells, each as an inline SVG element. */
final class SweepCharts {
    static final int HEIGHT = 380;

    private SweepCharts() {
    }

    /** Emission redirected (median, p5–p95 band) against the adversary budget, one series per preset. */
    static String costCurve(SweepResult r, String idPrefix) {
        Map<String, YIntervalSeries> byPreset = new LinkedHashMap<>();
        for (CostPoint p : r.costCurve()) {
            Stats s = p.redirectedTao();
            if (s.n() > 0 && !Double.isNaN(p.budgetTao())) {
                byPreset.computeIfAbsent(p.preset(), YIntervalSeries::new).add(p.budgetTao(), s.p50(), s.p5(), s.p95());
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        byPreset.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart("Cost of attack: emission redirected vs adversary budget "
                + "(median, p5–p95 band)", "adversary budget (TAO)", "emission redirected to target (TAO)", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer dev = new DeviationRenderer(true, true);
        dev.setAlpha(0.18f);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            dev.setSeriesPaint(i, SvgChart.color(i));
            dev.setSeriesFillPaint(i, SvgChart.color(i));
            dev.setSeriesStroke(i, new BasicStroke(1.8f));
        }
        plot.setRenderer(dev);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(true);
        return SvgChart.svg(chart, idPrefix, HEIGHT);
    }

    /** Share of each cell's completed runs in which the adversary's PnL was above 0. */
    static String paidOff(SweepResult r, String idPrefix) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CellSummary c : r.cells()) {
            if (!Double.isNaN(c.paidOffShare())) {
                data.addValue(100 * c.paidOffShare(), "paid off",
                        "#" + c.cell() + " " + SweepFormat.cellLabel(r.plan().spec(), c));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Runs where the attack paid off (adversary PnL > 0), per cell",
                SweepFormat.axisNames(r.plan().spec()), "runs that paid off (%)", data, PlotOrientation.VERTICAL, false,
                false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setRange(0, 105);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, SvgChart.color(2));
        bars.setSeriesOutlinePaint(0, Color.DARK_GRAY);
        bars.setDrawBarOutline(true);
        bars.setMaximumBarWidth(0.08);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %",
                new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        bars.setDefaultItemLabelsVisible(true);
        return SvgChart.svg(chart, idPrefix, HEIGHT);
    }
}
