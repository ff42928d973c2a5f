package io.dtaolab.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "vectors", description = "Run a conformance vector file (dtao-vectors/1).")
public final class VectorsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
