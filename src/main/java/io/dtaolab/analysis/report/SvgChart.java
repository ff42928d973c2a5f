package io.dtaolab.analysis.report;

import java.awt.Color;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a JFreeChart into an inline SVG element (JFreeSVG), on a white background with a light grid, and holds the
 * reports' series palette.
 */
public final class SvgChart {
    static final int WIDTH = 900;
    static final int HEIGHT = 340;
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private SvgChart() {
    }

    /** The i-th series colour (cycling). */
    public static Color color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** A run-report chart; {@code id} names it on its page (element ids derive from it, never from the clock). */
    static String svg(JFreeChart chart, String id) {
        return svg(chart, id + "-", HEIGHT);
    }

    /**
     * As {@link #svg(JFreeChart)}, with the element ids inside the SVG (clip paths, gradients) prefixed by
     * {@code idPrefix}: unique within a page when each chart has its own prefix, and the same on every rendering.
     */
    public static String svg(JFreeChart chart, String idPrefix, int height) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        g.setDefsKeyPrefix(idPrefix);
        g.setGeomDoubleConverter(SvgChart::oneDecimal);
        return draw(chart, g, height);
    }

    /** Coordinates to 0.1 px: invisible on screen, and a 30-day series stays a few KB. */
    static String oneDecimal(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        return a % 10 == 0 ? sign + (a / 10) : sign + (a / 10) + "." + (a % 10);
    }

    private static String draw(JFreeChart chart, SVGGraphics2D g, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(GRID);
            p.setRangeGridlinePaint(GRID);
        } else if (chart.getPlot() instanceof CategoryPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(GRID);
            p.setRangeGridlinePaint(GRID);
        }
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        return g.getSVGElement();
    }
}
