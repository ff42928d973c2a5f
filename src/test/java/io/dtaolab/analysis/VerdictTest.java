package io.dtaolab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.Verdict.Detection;
import io.dtaolab.analysis.Verdict.Distortion;
import io.dtaolab.analysis.Verdict.Economics;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every combination of the three axes, and the cases that used to contradict themselves. */
class VerdictTest {
    /** SN85 is the target: +34.1 TAO; SN36 lost 194.8 TAO (the pump-and-dump-mainnet case); 3,600 TAO emitted. */
    private static final double[] DELTA = delta(85, 34.1, 36, -194.8, 12, 160.7);
    private static final List<Verdict.ClassEffect> HONEST = List.of(new Verdict.ClassEffect("noise-trader", -12.5),
            new Verdict.ClassEffect("momentum-follower", 3.0));

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, adversary, acted, twin, delta, pnl, threshold, monitored, caughtAfter → distortion, economics, detection, line contains
                Arguments.of("no adversary", false, false, true, DELTA, 0.0, 0.1, true, -1L,
                        Distortion.NONE, Economics.NO_TRADE, Detection.NOT_CAUGHT, "no adversary: honest baseline"),
                Arguments.of("no adversary traded", true, false, true, delta(), 0.0, 0.1, true, -1L,
                        Distortion.NONE, Economics.NO_TRADE, Detection.NOT_CAUGHT, "economics: no adversary traded"),
                Arguments.of("material, profit, caught", true, true, true, DELTA, 250.0, 0.1, true, 201L,
                        Distortion.MATERIAL, Economics.PROFIT, Detection.CAUGHT, "caught after 201 blocks (wash-trading)"),
                Arguments.of("material, loss, not caught", true, true, true, DELTA, -13.0, 0.1, true, -1L,
                        Distortion.MATERIAL, Economics.LOSS, Detection.NOT_CAUGHT, "loss, PnL -13.000 TAO"),
                Arguments.of("threshold raised above the effect", true, true, true, DELTA, -13.0, 10.0, true, -1L,
                        Distortion.NOT_MATERIAL, Economics.LOSS, Detection.NOT_CAUGHT, "not material, 5.411 % of network emission moved between subnets (threshold 10 %)"),
                Arguments.of("not material, profit, not monitored", true, true, true, delta(85, 0.5, 3, -0.5), 40.0, 0.1, false, -1L,
                        Distortion.NOT_MATERIAL, Economics.PROFIT, Detection.NOT_MONITORED, "not monitored"),
                Arguments.of("break-even within 0.1 % of budget", true, true, true, DELTA, 2.0, 0.1, true, 5L,
                        Distortion.MATERIAL, Economics.BREAK_EVEN, Detection.CAUGHT, "break-even, PnL +2.000 TAO (within ±3.000 TAO)"),
                Arguments.of("no twin", true, true, false, delta(), -5.0, 0.1, true, -1L,
                        Distortion.NOT_MEASURED, Economics.LOSS, Detection.NOT_CAUGHT, "distortion: not measured (no twin)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void axes(String name, boolean adversary, boolean acted, boolean twin, double[] delta, double pnl, double threshold,
              boolean monitored, long caught, Distortion d, Economics e, Detection det, String phrase) {
        Verdict v = Verdict.of(new Verdict.Inputs(adversary, acted, twin, 3600, delta, 85, pnl, 3000, threshold, monitored,
                caught, "wash-trading", HONEST));
        assertEquals(d, v.distortion(), v.line());
        assertEquals(e, v.economics(), v.line());
        assertEquals(det, v.detection(), v.line());
        assertTrue(v.line().contains(phrase), v.line());
        // never says both "profit" and "loss", never claims an effect it reports as not material
        assertFalse(v.line().contains("profit") && v.line().contains("loss"), v.line());
        if (d == Distortion.MATERIAL) {
            assertTrue(v.movedPctOfNetwork() >= threshold);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void collateralIsNamed(String name, boolean adversary, boolean acted, boolean twin, double[] delta, double pnl,
                           double threshold, boolean monitored, long caught, Distortion d, Economics e, Detection det,
                           String phrase) {
        Verdict v = Verdict.of(new Verdict.Inputs(adversary, acted, twin, 3600, delta, 85, pnl, 3000, threshold, monitored,
                caught, "wash-trading", HONEST));
        if (delta == DELTA && adversary && acted && twin) {
            assertTrue(v.line().contains("lost most: SN36 -194.8 TAO"), v.line());
            assertTrue(v.line().contains("gained most: SN12 +160.7 TAO"), v.line());
            assertTrue(v.line().contains("honest classes that lost most (value change vs twin): noise-trader -12.5 TAO"), v.line());
            assertEquals(36, v.losers().get(0).netuid());
        }
    }

    private static double[] delta(Object... netuidAndTao) {
        double[] d = new double[129];
        for (int i = 0; i < netuidAndTao.length; i += 2) {
            d[(Integer) netuidAndTao[i]] = (Double) netuidAndTao[i + 1];
        }
        return d;
    }
}
