package io.dtaolab.app.cli;

import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of the jar. Batch commands (run, validate, vectors, ...) run without booting Quarkus,
 * so they start fast and never bind a port; only {@link ServeCommand} and {@link WorkerCommand} (which selects the
 * Kafka-backed {@code worker} profile first) boot Quarkus, after picocli has read their options.
 */
@QuarkusMain
public final class LabMain {

    private LabMain() {
    }

    public static void main(String... args) {
        // the server's own log keeps its colours; batch commands print text from strategy files, escaped
        if (args.length == 0 || !args[0].equals("serve")) {
            System.setOut(new PrintStream(new TerminalStream(System.out), true));
            System.setErr(new PrintStream(new TerminalStream(System.err), true));
        }
        CommandLine cli = new CommandLine(new LabCommand());
        cli.setOut(new PrintWriter(System.out, true));
        cli.setErr(new PrintWriter(System.err, true));
        int exit = cli.execute(args);
        System.out.flush();
        System.err.flush();
        System.exit(exit);
    }
}
