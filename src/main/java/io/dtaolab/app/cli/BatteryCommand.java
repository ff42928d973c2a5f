package io.dtaolab.app.cli;

import io.dtaolab.analysis.AtomicFiles;
import io.dtaolab.chain.Presets;
import io.dtaolab.engine.RunControl;
import io.dtaolab.experiment.battery.Battery;
import io.dtaolab.experiment.battery.BatteryReport;
import io.dtaolab.experiment.battery.BatteryResult;
import io.dtaolab.scenario.FieldError;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "battery", mixinStandardHelpOptions = true,
        description = {"Run every attack (the shipped strategies, a directory of strategies, or the files given) on every preset and "
                + "print one matrix: attack × preset → emission redirected %%, adversary PnL, detected.",
                "Writes battery.md, battery.csv and battery.html (heat map) to the output directory.",
                "Exit code 0 when every cell ran, 1 when some failed or the battery was interrupted, 2 on invalid input."})
public final class BatteryCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "strategy files or directories (default: strategies)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--presets", split = ",", paramLabel = "a,b,...", description = "presets to run (default: all)")
    List<String> presets;

    @Option(names = "--blocks", paramLabel = "N", defaultValue = "0",
            description = "blocks per run (default: each strategy's own length)")
    long blocks;

    @Option(names = "--threads", paramLabel = "N", description = "runs at once (default: available cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "battery", description = "output directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        List<String> ps = presets == null ? Presets.names() : presets;
        for (String p : ps) {
            if (!Presets.exists(p)) {
                System.err.println("unknown preset '" + p + "' (allowed: " + String.join(", ", Presets.names()) + ")");
                return 2;
            }
        }
        if (blocks < 0 || threads != null && threads < 1) {
            System.err.println("--blocks must be ≥ 0 and --threads ≥ 1");
            return 2;
        }
        List<StrategySpec> attacks = new ArrayList<>();
        try {
            for (Path f : files(inputs.isEmpty() ? List.of(Path.of("strategies")) : inputs)) {
                LoadResult r = StrategyLoader.check(f);
                if (r instanceof LoadResult.Invalid invalid) {
                    invalid.errors().stream().map(FieldError::format).forEach(System.err::println);
                    return 2;
                }
                StrategySpec s = ((LoadResult.Valid) r).spec();
                if (!s.adversaries().isEmpty() && s.twin()) {
                    attacks.add(s);
                }
            }
        } catch (IOException e) {
            System.err.println("cannot list strategies: " + e.getMessage());
            return 2;
        }
        if (attacks.isEmpty()) {
            System.err.println("no strategy with an adversary and its twin among the inputs");
            return 2;
        }
        int total = attacks.size() * ps.size();
        System.err.printf("battery: %d attacks × %d presets = %d runs%n", attacks.size(), ps.size(), total);
        try {
            BatteryResult r = Battery.run(attacks, ps, blocks, threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                    new RunControl(), n -> System.err.printf("battery: %d/%d runs%n", n, total));
            Files.createDirectories(out);
            String md = BatteryReport.markdown(r, blocks);
            AtomicFiles.write(out.resolve("battery.md"), md);
            AtomicFiles.write(out.resolve("battery.csv"), BatteryReport.csv(r));
            AtomicFiles.write(out.resolve("battery.html"), BatteryReport.html(r, blocks));
            System.out.print(md);
            System.out.println("Battery results: " + out.toAbsolutePath());
            return r.cells().stream().flatMap(List::stream).anyMatch(c -> c.result() == null) ? 1 : 0;
        } catch (InterruptedException e) {
            System.err.println("battery interrupted");
            return 1;
        } catch (IOException e) {
            System.err.println("cannot write results: " + e.getMessage());
            return 1;
        }
    }

    private static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
