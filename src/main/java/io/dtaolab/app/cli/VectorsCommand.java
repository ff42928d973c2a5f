package io.dtaolab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtaolab.conformance.KindRegistry;
import io.dtaolab.conformance.RunResult;
import io.dtaolab.conformance.VectorFileException;
import io.dtaolab.conformance.VectorOutcome;
import io.dtaolab.conformance.VectorRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code vectors FILE.json...}: exit 0 when every vector passes, 1 on any FAIL, 2 on a bad file. */
@Command(name = "vectors", mixinStandardHelpOptions = true,
        description = "Run conformance vector files (dtao-vectors/1): one PASS/FAIL line per vector.")
public final class VectorsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE.json", description = "vector files")
    List<Path> files;

    @Override
    public Integer call() {
        VectorRunner runner = new VectorRunner(KindRegistry.standard());
        List<JsonNode> contents = new ArrayList<>();
        for (Path file : files) {
            try {
                contents.add(VectorRunner.read(file));
            } catch (VectorFileException e) {
                System.err.println("vectors: " + e.getMessage());
                return 2;
            }
        }
        List<VectorOutcome> all = new ArrayList<>();
        for (JsonNode content : contents) {
            all.addAll(runner.run(content, System.out).outcomes());
        }
        RunResult result = new RunResult(all);
        System.out.println(result.summary());
        return result.allPassed() ? 0 : 1;
    }
}
