package io.dtaolab.app.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of the jar. Batch commands (run, validate, vectors, ...) run without booting Quarkus,
 * so they start fast and never bind a port; only {@code serve} and {@code worker} (through {@link WorkerCommand},
 * which selects the Kafka-backed {@code worker} profile first) boot Quarkus.
 */
@QuarkusMain
public final class LabMain {

    private LabMain() {
    }

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("serve")) {
            if (java.util.Arrays.asList(args).contains("--insecure")) {
                System.setProperty("lab.api.insecure", "true");
            }
            Quarkus.run(args);
            return;
        }
        System.setOut(new PrintStream(new TerminalStream(System.out), true));
        System.setErr(new PrintStream(new TerminalStream(System.err), true));
        CommandLine cli = new CommandLine(new LabCommand());
        cli.setOut(new PrintWriter(System.out, true));
        cli.setErr(new PrintWriter(System.err, true));
        int exit = cli.execute(args);
        System.out.flush();
        System.err.flush();
        System.exit(exit);
    }
}
