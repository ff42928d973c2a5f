package io.dtaolab.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "validate", description = "(being built)")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
