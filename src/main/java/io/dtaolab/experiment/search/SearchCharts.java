package io.dtaolab.experiment.search;

import io.dtaolab.analysis.report.SvgChart;
import java.awt.BasicStroke;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The search report's charts, each an inline SVG element. */
final class SearchCharts {
    static final int HEIGHT = 380;

    private SearchCharts() {
    }

    /** Each feasible evaluation's objective (points) and the best so far (line), per budget. */
    static String convergence(SearchResult r) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (BudgetResult b : r.budgets()) {
            XYSeries points = new XYSeries("evaluated, budget " + Format.tao(b.budgetTao()) + " TAO", false, true);
            XYSeries best = new XYSeries("best so far, budget " + Format.tao(b.budgetTao()) + " TAO", false, true);
            double bestSoFar = Double.NaN;
            for (Evaluation e : b.evaluations()) {
                if (e.feasible()) {
                    points.add(e.index() + 1, e.objective());
                    bestSoFar = Double.isNaN(bestSoFar) ? e.objective() : Math.max(bestSoFar, e.objective());
                }
                if (!Double.isNaN(bestSoFar)) {
                    best.add(e.index() + 1, bestSoFar);
                }
            }
            data.addSeries(points);
            data.addSeries(best);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Convergence: " + r.objective().label() + " by evaluation",
                "evaluation", r.objective().label(), data, PlotOrientation.VERTICAL, true, false, false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            boolean isPoints = i % 2 == 0;
            renderer.setSeriesLinesVisible(i, !isPoints);
            renderer.setSeriesShapesVisible(i, isPoints);
            renderer.setSeriesPaint(i, SvgChart.color(i / 2));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        ((XYPlot) chart.getPlot()).setRenderer(renderer);
        return SvgChart.svg(chart, "convergence", HEIGHT);
    }

    /** The frontier: budget against the worst attack found, and against the worst one no detector flagged. */
    static String frontier(SearchResult r) {
        XYSeries worst = new XYSeries("worst attack found");
        XYSeries undetected = new XYSeries("worst attack with no alarm on the target");
        XYSeries base = new XYSeries("base strategy's own parameters");
        for (BudgetResult b : r.budgets()) {
            add(worst, b.budgetTao(), b.best());
            add(undetected, b.budgetTao(), b.bestUndetected());
            add(base, b.budgetTao(), Optional.of(b.baseline()).filter(Evaluation::feasible));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(worst);
        data.addSeries(undetected);
        data.addSeries(base);
        JFreeChart chart = ChartFactory.createXYLineChart("Frontier: " + r.objective().label() + " vs adversary budget",
                "adversary budget (TAO)", r.objective().label(), data, PlotOrientation.VERTICAL, true, false, false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < 3; i++) {
            renderer.setSeriesPaint(i, SvgChart.color(i));
            renderer.setSeriesStroke(i, new BasicStroke(i == 2 ? 1.2f : 2.2f));
        }
        ((XYPlot) chart.getPlot()).setRenderer(renderer);
        return SvgChart.svg(chart, "frontier", HEIGHT);
    }

    private static void add(XYSeries s, double x, Optional<Evaluation> e) {
        e.ifPresent(v -> s.add(x, v.objective()));
    }
}
