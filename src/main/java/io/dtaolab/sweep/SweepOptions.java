package io.dtaolab.sweep;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to execute a sweep: on {@code workers} local threads, or, when {@code kafkaBootstrap} is set, on the Kafka
 * workers of that cluster (then {@code timeout} bounds the wait for results). {@code outDir} empty means
 * {@code sweeps/<name>}.
 */
public record SweepOptions(int workers, Optional<Path> outDir, Optional<String> kafkaBootstrap, Duration timeout) {

    public static SweepOptions local(int workers) {
        return new SweepOptions(workers, Optional.empty(), Optional.empty(), Duration.ofHours(24));
    }

    public SweepOptions withOutDir(Path dir) {
        return new SweepOptions(workers, Optional.of(dir), kafkaBootstrap, timeout);
    }

    public SweepOptions withKafka(String bootstrap, Duration timeout) {
        return new SweepOptions(workers, outDir, Optional.of(bootstrap), timeout);
    }

    public Path outDirFor(String sweepName) {
        return outDir.orElse(Path.of("sweeps", sweepName));
    }

    SweepExecutor executor() {
        return kafkaBootstrap.<SweepExecutor>map(b -> new io.dtaolab.sweep.kafka.KafkaSweepExecutor(
                io.dtaolab.sweep.kafka.SweepTopics.defaults(b), timeout)).orElseGet(() -> new LocalSweepExecutor(workers));
    }
}
