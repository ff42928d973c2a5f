package io.dtaolab.app.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
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
            Quarkus.run(args);
            return;
        }
        int exit = new CommandLine(new LabCommand()).execute(args);
        System.exit(exit);
    }
}
