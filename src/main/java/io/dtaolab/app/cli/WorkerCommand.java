package io.dtaolab.app.cli;

import io.quarkus.runtime.Quarkus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code worker}: boots Quarkus with the {@code worker} profile, whose messaging channels are Kafka (every other
 * profile keeps them in memory), and serves sweep runs until stopped.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Run sweep runs from Kafka: joins the worker consumer group on topic dtao-sweep-runs and publishes "
                + "outcomes to dtao-sweep-results. Start as many as you like, on any machine; stop with Ctrl-C."})
public final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP",
            description = "Kafka bootstrap servers (default: kafka.bootstrap.servers, else localhost:9092)")
    String bootstrap;

    @Override
    public Integer call() {
        if (System.getProperty("quarkus.profile") == null) {
            System.setProperty("quarkus.profile", "worker");
        }
        if (bootstrap != null) {
            System.setProperty("kafka.bootstrap.servers", bootstrap);
        }
        Quarkus.run();
        return 0;
    }
}
