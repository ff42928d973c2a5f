package io.dtaolab.app.cli;

import io.dtaolab.engine.RunControl;
import io.dtaolab.experiment.calibration.Calibration;
import io.dtaolab.experiment.calibration.CalibrationFit;
import io.dtaolab.experiment.calibration.CalibrationReport;
import io.dtaolab.experiment.calibration.FitDim;
import io.dtaolab.experiment.calibration.RealMarket;
import io.dtaolab.scenario.Durations;
import io.dtaolab.scenario.StrategySpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Runs a strategy's honest population alone (adversaries left out) forward from its snapshot for 30 days "
                + "and compares the twin's stylised facts with the chain's 30 days before the snapshot: cross-section of 30-day "
                + "log returns (quantiles, two-sample KS distance), mean over final price, owners' trading volume, heavy tails, "
                + "no autocorrelation of returns, autocorrelated absolute returns.",
                "Writes calibration.md and calibration.html (with charts) to the output directory.",
                "With --fit: CMA-ES (Hipparchus) over the honest traders' value-anchor and heterogeneity parameters, --budget runs "
                        + "of the window; writes the best candidate's report, fit.csv (every candidate) and population.yaml, "
                        + "a population file strategies include with honest: { include: networks/<file>.yaml }.",
                "Exit code 0 when the twin fits (KS <= 0.25 and the three stylised facts hold), 1 when it does not, "
                        + "2 on an invalid file or option."})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "strategy file whose network and honest population are calibrated")
    Path file;

    @Option(names = "--market", paramLabel = "CSV", defaultValue = "strategies/networks/mainnet-2026-09-30-market.csv",
            description = "the chain's market facts (default: ${DEFAULT-VALUE})")
    Path market;

    @Option(names = "--blocks", paramLabel = "DURATION", defaultValue = "30d", description = "run length (default: ${DEFAULT-VALUE})")
    String blocks;

    @Option(names = "--seed", paramLabel = "N", description = "seed (default: the file's)")
    Long seed;

    @Option(names = "--fit", description = "search the honest population's parameters for the best fit")
    boolean fit;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "8", description = "with --fit: runs to spend (default: ${DEFAULT-VALUE})")
    int budget;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: calibration/<name>)")
    Path out;

    @Override
    public Integer call() throws InterruptedException {
        OptionalLong length = Durations.blocks(blocks);
        if (length.isEmpty() || length.getAsLong() < 2 * 360) {
            System.err.println("--blocks: expected " + Durations.SYNTAX + ", at least two tempos (720b)");
            return 2;
        }
        if (budget < 1 || budget > 1_000) {
            System.err.println("--budget must be between 1 and 1000 runs");
            return 2;
        }
        Optional<StrategySpec> spec = StrategyFiles.loadOrReport(file);
        if (spec.isEmpty()) {
            return 2;
        }
        RealMarket real;
        try {
            real = RealMarket.load(market);
        } catch (IOException e) {
            System.err.println("--market: " + e.getMessage());
            return 2;
        }
        long runSeed = seed != null ? seed : spec.get().seed();
        Path dir = out != null ? out : Path.of("calibration", spec.get().name());
        Calibration.Result r;
        CalibrationFit.Fit fitted = null;
        if (fit) {
            fitted = CalibrationFit.run(spec.get(), spec.get().mechanism(), runSeed, length.getAsLong(), real, FitDim.DEFAULT,
                    budget, new RunControl(), c -> System.err.printf(Locale.ROOT, "fit %d/%d: KS %.3f, loss %.3f%n",
                            c.index() + 1, budget, c.result().ksLogReturns(), c.loss()));
            r = fitted.best().result();
        } else {
            r = Calibration.run(spec.get(), spec.get().mechanism(), runSeed, length.getAsLong(), real, new RunControl());
        }
        try {
            CalibrationReport.write(r, dir);
            if (fitted != null) {
                CalibrationReport.writeFit(fitted, spec.get(), dir);
            }
        } catch (IOException e) {
            System.err.println(dir + ": " + e.getMessage());
            return 1;
        }
        System.out.printf(Locale.ROOT, "%s: KS distance of 30-day log returns %.3f, heavy tails %s, no return autocorrelation %s, "
                        + "volatility clustering %s -> %s; report in %s%n", spec.get().name(), r.ksLogReturns(),
                r.heavyTails(), r.noReturnAutocorrelation(), r.volatilityClustering(), r.fits() ? "fits" : "does not fit",
                dir.resolve("calibration.md"));
        return r.fits() ? 0 : 1;
    }
}
