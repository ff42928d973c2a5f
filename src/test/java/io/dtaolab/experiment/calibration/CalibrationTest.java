package io.dtaolab.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.engine.RunControl;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain's facts as the data README states them, the statistics on samples with known answers, and a short report. */
class CalibrationTest {
    static final Path MARKET = Path.of("strategies/networks/mainnet-2026-09-30-market.csv");

    @TempDir
    Path dir;

    @Test
    void realMarketHasTheDocumentedCrossSection() throws IOException {
        RealMarket real = RealMarket.load(MARKET);
        assertEquals(128, real.rows().size());
        assertEquals(124, real.logReturns().length, "35, 76, 82 and 108 have no 30-day return");
        assertEquals(-0.12020390670464062, real.rows().get(0).logReturn30d(), 1e-15, "SN1 logret_30d");
        assertEquals(0.0070397407540349335 / 0.00661406941206158, real.rows().get(0).meanOverFinal(), 1e-12);
        assertTrue(real.ownerVolumeTao() > 10_000 && real.ownerVolumeTao() < 13_000, "owners traded ~11.6k TAO");
    }

    @Test
    void malformedMarketFileNamesFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "netuid,price_tao,price_tao_avg30,logret_30d,owner_buy_tao_30d,owner_sell_tao_30d\n1,x,1,0,0,0\n");
        IOException e = assertThrows(IOException.class, () -> RealMarket.load(bad));
        assertTrue(e.getMessage().contains("bad.csv:2"), e.getMessage());
        Files.writeString(bad, "netuid,price_tao\n1,1\n");
        e = assertThrows(IOException.class, () -> RealMarket.load(bad));
        assertTrue(e.getMessage().contains("missing column 'price_tao_avg30'"), e.getMessage());
    }

    @Test
    void holdOutHalvesSplitTheChainsSubnetsWithoutOverlap() throws IOException {
        RealMarket real = RealMarket.load(MARKET);
        int fit = real.logReturns(HoldOut.FIT).length;
        int held = real.logReturns(HoldOut.HELD_OUT).length;
        assertEquals(real.logReturns().length, fit + held, "every subnet with a return is in exactly one half");
        assertTrue(fit >= 50 && held >= 50, "about half each: " + fit + " / " + held);
        for (int n = 1; n <= 128; n++) {
            assertTrue(HoldOut.FIT.contains(n) != HoldOut.HELD_OUT.contains(n), "SN" + n);
        }
    }

    @Test
    void statisticsOnKnownSamples() {
        assertEquals(0, Stats.ks(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        assertEquals(1, Stats.ks(new double[] {1, 2}, new double[] {5, 6}), 1e-12);
        assertEquals(0.5, Stats.ks(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6}), 1e-12);
        assertEquals(2.5, Stats.quantile(new double[] {4, 1, 3, 2}, 0.5), 1e-12);
        double[] alternating = new double[100];
        for (int i = 0; i < alternating.length; i++) {
            alternating[i] = i % 2 == 0 ? 1 : -1;
        }
        assertEquals(-0.99, Stats.autocorrelation(alternating, 1), 1e-9);
        assertTrue(Stats.excessKurtosis(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 10, -10}) > 0, "rare big moves: heavy tails");
        assertTrue(Stats.excessKurtosis(new double[] {1, -1, 1, -1}) < 0, "two-point: thin tails");
    }

    @Test
    void shortCalibrationWritesBothReports() throws Exception {
        StrategySpec spec = StrategyLoader.load(Path.of("strategies", "pump-and-dump-mainnet.yaml"));
        Calibration.Result r = Calibration.run(spec, spec.mechanism(), 3, 2 * 7_200, RealMarket.load(MARKET), new RunControl());
        assertTrue(r.twin().logReturns().length >= 120, "every live subnet has a return: " + r.twin().logReturns().length);
        assertEquals(Stats.ks(r.real().logReturns(), r.twin().logReturns()), r.ksLogReturns());
        CalibrationReport.write(r, dir);
        String md = Files.readString(dir.resolve("calibration.md"));
        assertTrue(md.contains(String.format(java.util.Locale.ROOT, "%.3f", r.ksLogReturns())), md);
        assertTrue(r.ownerVolumeTao() > 0, "the shipped population's subnet owners trade");
        assertTrue(md.contains("the `subnet-owner` agents"), "owners' volume is the subnet-owner agents'");
        String html = Files.readString(dir.resolve("calibration.html"));
        assertTrue(html.contains("<svg") && html.contains("id=\"logreturns\""), "CDF chart present");
    }
}
