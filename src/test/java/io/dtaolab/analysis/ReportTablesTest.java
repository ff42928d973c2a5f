package io.dtaolab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportTablesTest {

    @Test
    void aNegativeHonestLossSaysTheHonestAgentsGainedSoItIsNotReadAsALoss() {
        assertEquals("-2,836.800 TAO (honest agents gained 2,836.800 TAO)", ReportTables.lossWithDirection(-2836.8));
        assertEquals("12.500 TAO (honest agents lost 12.500 TAO)", ReportTables.lossWithDirection(12.5));
    }

    @Test
    void noLossAndNoTwinAreShownWithoutADirection() {
        assertEquals("0.000 TAO", ReportTables.lossWithDirection(0));
        assertEquals("n/a (no twin)", ReportTables.lossWithDirection(Double.NaN));
    }
}
