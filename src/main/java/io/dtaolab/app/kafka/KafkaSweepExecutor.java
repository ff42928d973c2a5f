package io.dtaolab.app.kafka;

import io.dtaolab.engine.RunControl;
import io.dtaolab.experiment.sweep.ResultCollector;
import io.dtaolab.experiment.sweep.RunOutcome;
import io.dtaolab.experiment.sweep.RunTask;
import io.dtaolab.experiment.sweep.SweepCodec;
import io.dtaolab.experiment.sweep.SweepExecutor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Coordinator side of a distributed sweep: publishes every run spec keyed by run key (so they spread over the
 * partitions), then reads the results topic until each run key has an outcome. The results consumer is assigned
 * every partition (no group) and positioned at the end before anything is published, so it sees every result of
 * this sweep; results of other sweeps and repeated results are ignored by the collector.
 */
public final class KafkaSweepExecutor implements SweepExecutor {
    private final SweepTopics topics;
    private final Duration timeout;

    public KafkaSweepExecutor(SweepTopics topics, Duration timeout) {
        this.topics = topics;
        this.timeout = timeout;
    }

    @Override
    public void execute(ResultCollector collector, RunControl control, Consumer<RunOutcome> onOutcome) throws Exception {
        topics.ensure();
        String sweepId = collector.plan().sweepId();
        try (KafkaConsumer<String, String> results = new KafkaConsumer<>(KafkaProps.resultsReader(topics.bootstrap()));
             KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaProps.producer(topics.bootstrap()))) {
            List<TopicPartition> partitions = results.partitionsFor(topics.results(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            results.assign(partitions);
            results.seekToEnd(partitions);
            partitions.forEach(results::position);
            for (RunTask task : collector.plan().tasks()) {
                if (!collector.has(task.runKey())) {
                    producer.send(new ProducerRecord<>(topics.runs(), key(task), SweepCodec.task(task)));
                }
            }
            producer.flush();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!collector.complete()) {
                if (control.cancelled()) {
                    throw new InterruptedException("sweep cancelled");
                }
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("no result for " + (collector.plan().size() - collector.snapshot().size())
                            + " run(s) within " + timeout + ": are workers running on " + topics.bootstrap() + "?");
                }
                for (ConsumerRecord<String, String> rec : results.poll(Duration.ofMillis(500))) {
                    SweepCodec.Envelope envelope;
                    try {
                        envelope = SweepCodec.outcome(rec.value());
                    } catch (IllegalArgumentException notOurs) {
                        continue;
                    }
                    if (envelope.sweepId().equals(sweepId) && collector.offer(envelope.outcome())) {
                        onOutcome.accept(envelope.outcome());
                    }
                }
            }
        }
    }

    private static String key(RunTask task) {
        return task.sweepId() + "/" + task.runKey();
    }
}
