package io.dtaolab.app.cli;

import io.dtaolab.experiment.market.StabilityCheck;
import io.dtaolab.scenario.Durations;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stability", mixinStandardHelpOptions = true,
        description = {"Runs the honest-only twin of each strategy (adversaries left out) over N seeds and prints, per seed, "
                + "the largest price move of any subnet within a day (max/min of per-tempo spot prices at most 7,200 blocks apart).",
                "Exit code 0 when no seed moved more than 3x in a day, 1 when one did, 2 on an invalid file or option."})
public final class StabilityCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "strategy files")
    List<Path> files;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "20", description = "consecutive seeds from the file's (default: 20)")
    int seeds;

    @Option(names = "--blocks", paramLabel = "DURATION", description = "run length instead of the file's (e.g. 5d or 7200b)")
    String blocks;

    @Option(names = "--threads", paramLabel = "N", description = "seeds at a time (default: available cores)")
    Integer threads;

    @Override
    public Integer call() throws InterruptedException {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        java.util.OptionalLong length = blocks == null ? java.util.OptionalLong.empty() : Durations.blocks(blocks);
        if (seeds < 1 || seeds > 10_000 || n < 1 || n > 256 || (blocks != null && (length.isEmpty() || length.getAsLong() < 1))) {
            System.err.println("--seeds must be 1..10000, --threads 1..256, --blocks " + Durations.SYNTAX);
            return 2;
        }
        boolean allWithin = true;
        for (Path file : files) {
            Optional<StrategySpec> spec = StrategyFiles.loadOrReport(file);
            if (spec.isEmpty()) {
                return 2;
            }
            long runBlocks = length.orElse(spec.get().blocks());
            double[] worst = {1};
            boolean[] within = {true};
            StabilityCheck.run(spec.get(), spec.get().mechanism(), spec.get().seed(), seeds, runBlocks, n, m -> {
                System.out.printf(Locale.ROOT, "%s seed %d: largest daily move %.3fx on SN%d (blocks %d-%d)%s%n",
                        spec.get().name(), m.seed(), m.move().ratio(), m.move().netuid(), m.move().fromBlock(),
                        m.move().toBlock(), m.withinBound() ? "" : "  > 3x");
                worst[0] = Math.max(worst[0], m.move().ratio());
                within[0] &= m.withinBound();
            });
            allWithin &= within[0];
            System.out.printf(Locale.ROOT, "%s: %d seeds of %d blocks, worst daily move %.3fx%n", spec.get().name(), seeds,
                    runBlocks, worst[0]);
        }
        return allWithin ? 0 : 1;
    }
}
