package io.dtaolab.app.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.experiment.sweep.LocalSweepExecutor;
import io.dtaolab.experiment.sweep.RunOutcome;
import io.dtaolab.experiment.sweep.SweepFiles;
import io.dtaolab.experiment.sweep.SweepJob;
import io.dtaolab.experiment.sweep.SweepOutputs;
import io.dtaolab.experiment.sweep.SweepPlan;
import io.dtaolab.experiment.sweep.SweepResult;
import io.dtaolab.scenario.SweepSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep across two worker processes of the packaged app on a real KRaft broker: one worker is SIGKILLed
 * mid-sweep, and the sweep must still complete with every run exactly once and the same files as a local run.
 */
class SweepDistributedIT {
    static final Path SWEEP = Path.of("strategies/sweeps/flow-recycler-budget-grid.yaml");

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void sweepCompletesIdenticallyWhenAWorkerIsKilled(@TempDir Path tmp) throws Exception {
        SweepSpec spec = SweepFiles.load(SWEEP);
        Process workerA = null;
        Process workerB = null;
        KafkaBroker broker = null;
        try {
            broker = KafkaBroker.start(Files.createDirectories(tmp.resolve("kafka")));
            SweepTopics.defaults(broker.bootstrap()).ensure();
            workerA = Workers.start(broker.bootstrap(), tmp.resolve("worker-a.log"));
            workerB = Workers.start(broker.bootstrap(), tmp.resolve("worker-b.log"));
            Workers.awaitStarted(tmp.resolve("worker-a.log"), workerA);
            Workers.awaitStarted(tmp.resolve("worker-b.log"), workerB);

            SweepJob job = new SweepJob(SweepPlan.of("it-" + System.nanoTime(), spec),
                    new KafkaSweepExecutor(SweepTopics.defaults(broker.bootstrap()), Duration.ofMinutes(3)), tmp.resolve("kafka-out"));
            AtomicInteger collected = new AtomicInteger();
            CompletableFuture<SweepResult> running = CompletableFuture.supplyAsync(() -> job.run(o -> collected.incrementAndGet()));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (collected.get() < 6 && System.nanoTime() < deadline && !running.isDone()) {
                Thread.sleep(100);
            }
            assertTrue(collected.get() >= 6 && collected.get() < spec.runCount() - 4,
                    "kill happens mid-sweep, after " + collected.get() + " results");
            assertTrue(runsLogged(tmp.resolve("worker-a.log")) > 0, "worker A took part before it was killed");
            workerA.destroyForcibly();
            assertTrue(workerA.waitFor(10, TimeUnit.SECONDS));
            assertEquals(137, workerA.exitValue(), "SIGKILL");

            SweepResult distributed = running.get(3, TimeUnit.MINUTES);
            assertEquals(SweepJob.State.DONE, job.state(), () -> "sweep ended " + job.state() + ": " + job.error());
            assertEquals(spec.runCount(), distributed.outcomes().size());
            assertEquals(spec.runCount(), new HashSet<>(distributed.outcomes().stream().map(RunOutcome::runKey).toList()).size());
            assertTrue(distributed.failures().isEmpty(), () -> "failed runs: " + distributed.failures());
            assertEquals(0, job.progress().conflicts(), "a redelivered run gave the same result");
            assertTrue(runsLogged(tmp.resolve("worker-b.log")) > 0, "worker B ran the rest");

            SweepJob local = new SweepJob(SweepPlan.of("local", spec), new LocalSweepExecutor(2), tmp.resolve("local-out"));
            local.run(o -> { });
            assertEquals(SweepJob.State.DONE, local.state());
            for (String file : SweepOutputs.FILES) {
                assertEquals(Files.readString(tmp.resolve("local-out").resolve(file)), Files.readString(tmp.resolve("kafka-out").resolve(file)),
                        file + " of the distributed sweep equals the local one");
            }
            List<String> rows = Files.readAllLines(tmp.resolve("kafka-out/runs.csv"));
            assertEquals(spec.runCount() + 1, rows.size(), "one row per run plus the header");
        } finally {
            Processes.stop(workerA, Duration.ofSeconds(5));
            Processes.stop(workerB, Duration.ofSeconds(5));
            if (broker != null) {
                broker.close();
            }
            for (String log : List.of("worker-a.log", "worker-b.log")) {
                Path p = tmp.resolve(log);
                if (Files.exists(p)) {
                    System.out.println("---- " + log + ": " + runsLogged(p) + " runs");
                }
            }
        }
        assertFalse(workerA.isAlive() || workerB.isAlive(), "every process stopped");
    }

    private static long runsLogged(Path log) {
        try {
            return Files.readAllLines(log).stream().filter(l -> l.contains(" run c") && l.contains("(seed ")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
