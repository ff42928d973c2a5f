package io.dtaolab.app.cli;

import io.dtaolab.scenario.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check strategy files without running them.",
                "Prints 'OK file' or one line per error: file:line:column: path: message (allowed: ...).",
                "Exit code 0 when every file is valid, 2 when any is not."})
public final class ValidateCommand implements Callable<Integer> {
    static final int INVALID = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "strategy files (.yaml, .yml or .json)")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = true;
        for (Path file : files) {
            LoadResult result = StrategyFiles.admit(file);
            if (result instanceof LoadResult.Invalid invalid) {
                allValid = false;
                invalid.errors().forEach(e -> out.println(TerminalText.clean(e.format())));
            } else {
                out.println("OK " + TerminalText.clean(file.toString()));
                if (result instanceof LoadResult.Valid valid) {
                    io.dtaolab.scenario.IneffectiveParameters.warnings(valid.spec()).forEach(w -> out.println(TerminalText.clean("warning: " + w)));
                }
            }
        }
        out.flush();
        return allValid ? 0 : INVALID;
    }
}
