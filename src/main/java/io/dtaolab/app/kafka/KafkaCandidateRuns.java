package io.dtaolab.app.kafka;

import io.dtaolab.engine.RunControl;
import io.dtaolab.experiment.search.CandidateCodec;
import io.dtaolab.experiment.search.CandidateTask;
import io.dtaolab.experiment.search.RemoteRuns;
import io.dtaolab.experiment.search.SeedResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Coordinator side of a search on the sweep workers: each candidate run is published on the sweep runs topic (the
 * worker group shares them; a worker killed mid-run leaves its task uncommitted for another), and one thread reads
 * the results topic, assigned every partition and positioned at its end before anything is published, completing
 * each task's future with its first result; repeated results and those of other searches or sweeps are ignored.
 * When no result arrives for {@code timeout}, or the search is cancelled, the waiting futures fail.
 */
public final class KafkaCandidateRuns implements RemoteRuns, AutoCloseable {
    private final SweepTopics topics;
    private final Duration timeout;
    private final RunControl control;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> results;
    private final Map<String, CompletableFuture<SeedResult>> pending = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean open = true;
    private volatile long lastNews = System.nanoTime();

    public KafkaCandidateRuns(SweepTopics topics, Duration timeout, RunControl control) throws Exception {
        this.topics = topics;
        this.timeout = timeout;
        this.control = control;
        topics.ensure();
        this.results = new KafkaConsumer<>(KafkaProps.resultsReader(topics.bootstrap()));
        try {
            List<TopicPartition> partitions = results.partitionsFor(topics.results(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            results.assign(partitions);
            results.seekToEnd(partitions);
            partitions.forEach(results::position);
            this.producer = new KafkaProducer<>(KafkaProps.producer(topics.bootstrap()));
        } catch (RuntimeException e) {
            results.close();
            throw e;
        }
        this.reader = new Thread(this::read, "search-results");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public Future<SeedResult> submit(CandidateTask task) {
        CompletableFuture<SeedResult> f = new CompletableFuture<>();
        if (!open) {
            f.completeExceptionally(new IllegalStateException("closed"));
            return f;
        }
        if (pending.isEmpty()) {
            lastNews = System.nanoTime();
        }
        String key = task.searchId() + "/" + task.key();
        pending.put(key, f);
        producer.send(new ProducerRecord<>(topics.runs(), key, CandidateCodec.task(task)), (m, e) -> {
            if (e != null) {
                pending.remove(key);
                f.completeExceptionally(e);
            }
        });
        producer.flush();
        return f;
    }

    private void read() {
        try {
            while (open) {
                for (ConsumerRecord<String, String> rec : results.poll(Duration.ofMillis(200))) {
                    CandidateCodec.Envelope e;
                    try {
                        e = CandidateCodec.result(rec.value());
                    } catch (IllegalArgumentException notOurs) {
                        continue;
                    }
                    CompletableFuture<SeedResult> f = pending.remove(e.searchId() + "/" + e.key());
                    if (f != null) {
                        lastNews = System.nanoTime();
                        if (e.error() != null) {
                            f.completeExceptionally(new IllegalStateException("worker: " + e.error()));
                        } else {
                            f.complete(e.result());
                        }
                    }
                }
                if (control.cancelled()) {
                    failAll(new InterruptedException("search cancelled"));
                } else if (!pending.isEmpty() && System.nanoTime() - lastNews > timeout.toNanos()) {
                    failAll(new TimeoutException("no candidate result within " + timeout + ": are workers running on "
                            + topics.bootstrap() + "?"));
                }
            }
        } catch (RuntimeException e) {
            failAll(e);
        } finally {
            results.close();
        }
    }

    private void failAll(Throwable why) {
        for (String key : List.copyOf(pending.keySet())) {
            CompletableFuture<SeedResult> f = pending.remove(key);
            if (f != null) {
                f.completeExceptionally(why);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        reader.join(10_000);
        failAll(new IllegalStateException("closed"));
        producer.close(Duration.ofSeconds(10));
    }
}
