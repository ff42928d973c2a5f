package io.dtaolab.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.junit.jupiter.api.Test;

class CellDistributionsTest {
    @Test
    void boxUsesTheSweepPercentilesAndCirclesTheRunsOutsideTheWhiskers() {
        BoxAndWhiskerItem b = CellDistributions.box(new double[] {5, 1, 4, 2, 3});
        assertEquals(3.0, b.getMean().doubleValue(), 1e-12);
        assertEquals(3.0, b.getMedian().doubleValue(), 1e-12);
        assertEquals(2.0, b.getQ1().doubleValue(), 1e-12);
        assertEquals(4.0, b.getQ3().doubleValue(), 1e-12);
        assertEquals(1.2, b.getMinRegularValue().doubleValue(), 1e-12);
        assertEquals(4.8, b.getMaxRegularValue().doubleValue(), 1e-12);
        assertEquals(List.of(1.0, 5.0), b.getOutliers());
        assertEquals(1.0, b.getMinOutlier().doubleValue(), 1e-12);
        assertEquals(5.0, b.getMaxOutlier().doubleValue(), 1e-12);
    }

    @Test
    void aSingleRunIsABoxWithoutSpread() {
        BoxAndWhiskerItem b = CellDistributions.box(new double[] {7});
        assertEquals(7.0, b.getQ1().doubleValue(), 1e-12);
        assertEquals(7.0, b.getMaxRegularValue().doubleValue(), 1e-12);
        assertEquals(List.of(), b.getOutliers());
    }
}
