package io.dtaolab.analysis.report;

import java.awt.Color;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;

/** Draws a JFreeChart into an inline SVG element (JFreeSVG), on a white background with a light grid. */
final class SvgChart {
    static final int WIDTH = 900;
    static final int HEIGHT = 340;

    private SvgChart() {
    }

    static String svg(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            p.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        }
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }
}
