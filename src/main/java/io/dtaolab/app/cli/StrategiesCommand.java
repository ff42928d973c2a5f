package io.dtaolab.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "strategies", description = "(being built)")
public final class StrategiesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
