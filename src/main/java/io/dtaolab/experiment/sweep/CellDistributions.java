package io.dtaolab.experiment.sweep;

import io.dtaolab.analysis.report.SvgChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * Box plots of one measure per grid cell, over the cell's completed runs: box p25–p75, line at the median, dot at
 * the mean, whiskers p5–p95, circles for the runs outside them (the same percentiles as cells.csv).
 */
final class CellDistributions {
    private CellDistributions() {
    }

    static String chart(SweepResult r, Measure m, String title, String yLabel, String idPrefix) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        for (CellSummary c : r.cells()) {
            double[] values = values(r, c.cell(), m);
            if (values.length > 0) {
                data.add(box(values), m.name(), "#" + c.cell() + " " + SweepFormat.cellLabel(r.plan().spec(), c));
            }
        }
        JFreeChart chart = ChartFactory.createBoxAndWhiskerChart(title, SweepFormat.axisNames(r.plan().spec()), yLabel,
                data, false);
        CategoryPlot p = chart.getCategoryPlot();
        BoxAndWhiskerRenderer box = (BoxAndWhiskerRenderer) p.getRenderer();
        box.setSeriesPaint(0, SvgChart.color(0));
        box.setSeriesOutlinePaint(0, Color.DARK_GRAY);
        box.setFillBox(true);
        box.setMeanVisible(true);
        box.setMaxOutlierVisible(false);
        box.setMinOutlierVisible(false);
        box.setArtifactPaint(Color.DARK_GRAY);
        box.setMaximumBarWidth(0.04);
        box.setUseOutlinePaintForWhiskers(true);
        p.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        CategoryAxis x = p.getDomainAxis();
        x.setMaximumCategoryLabelLines(3);
        return SvgChart.svg(chart, idPrefix, SweepCharts.HEIGHT);
    }

    /** The measure's values in the cell's completed runs, NaNs skipped, in run-key order. */
    static double[] values(SweepResult r, int cell, Measure m) {
        return r.outcomes().stream().filter(o -> o.cell() == cell && !o.failed()).mapToDouble(o -> o.measure(m))
                .filter(v -> !Double.isNaN(v)).toArray();
    }

    static BoxAndWhiskerItem box(double[] values) {
        Stats s = Stats.of(values);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        List<Double> outside = new ArrayList<>();
        for (double v : sorted) {
            if (v < s.p5() || v > s.p95()) {
                outside.add(v);
            }
        }
        return new BoxAndWhiskerItem(s.mean(), s.p50(), Stats.quantile(sorted, 0.25), Stats.quantile(sorted, 0.75),
                s.p5(), s.p95(), sorted[0], s.max(), outside);
    }
}
