package io.dtaolab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dtaolab.analysis.AtomicFiles;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.RunControl;
import io.dtaolab.experiment.compare.Comparison;
import io.dtaolab.experiment.compare.ComparisonMarkdown;
import io.dtaolab.experiment.compare.MechanismComparison;
import io.dtaolab.scenario.PresetChoice;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true, description = "Run a strategy's attack and twin under several presets and compare emission "
        + "redirected, cost, PnL and detection side by side; writes compare.md and compare.json.")
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "strategy file (YAML or JSON)")
    Path file;

    @Option(names = "--presets", split = ",", description = "presets to compare (default: all)")
    List<String> presets;

    @Option(names = "--seed", description = "override the file's seed")
    Long seed;

    @Option(names = "--blocks", description = "override the run length in blocks")
    Long blocks;

    @Option(names = "--out", description = "output directory (default: runs/<name>-<seed>-compare); when it already "
            + "holds a comparison, the first free <dir>-2, <dir>-3, ... is used instead unless --force")
    Path out;

    @Option(names = "--force", description = "overwrite the output directory when it already holds a comparison")
    boolean force;

    @Override
    public Integer call() throws Exception {
        java.util.Optional<StrategySpec> loaded = StrategyFiles.loadOrReport(file);
        if (loaded.isEmpty()) {
            return 2;
        }
        StrategySpec spec = loaded.get();
        List<Mechanism> mechanisms;
        try {
            mechanisms = PresetChoice.resolve(spec, presets);
        } catch (PresetChoice.Invalid e) {
            System.err.println(file + ": " + e.getMessage());
            return 2;
        }
        if (!spec.twin()) {
            System.err.println(file + ": compare needs the honest twin (twin: true)");
            return 2;
        }
        if (blocks != null && (blocks < 1 || blocks > 5_256_000)) {
            System.err.println(file + ": --blocks must be between 1 and 5256000");
            return 2;
        }
        if (seed != null && seed < 0) {
            System.err.println(file + ": --seed must be between 0 and " + Long.MAX_VALUE);
            return 2;
        }
        long runSeed = seed != null ? seed : spec.seed();
        long runBlocks = blocks != null ? blocks : spec.blocks();
        RunControl control = new RunControl();
        Path dir = OutputDir.unusedOrSay(out != null ? out : Path.of("runs", spec.name() + "-" + runSeed + "-compare"), force);
        if (!OutputDir.checkOrReport(dir)) {
            return 2;
        }
        Comparison c = MechanismComparison.run(spec, mechanisms, runSeed, runBlocks, control);
        String md = ComparisonMarkdown.render(c);
        AtomicFiles.write(dir.resolve("compare.md"), md);
        AtomicFiles.write(dir.resolve("compare.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(c));
        System.out.println(md);
        System.out.println("Comparison directory: " + dir.toAbsolutePath());
        return 0;
    }
}
