package io.dtaolab.app.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.engine.RunControl;
import io.dtaolab.experiment.search.AttackSearch;
import io.dtaolab.experiment.search.BudgetResult;
import io.dtaolab.experiment.search.Evaluation;
import io.dtaolab.experiment.search.SearchProgress;
import io.dtaolab.experiment.search.SearchResult;
import io.dtaolab.scenario.SearchLoader;
import io.dtaolab.scenario.SearchSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search whose candidates run on two worker processes of the packaged app over a real KRaft broker: one worker
 * is SIGKILLed after the first generation, and the search still completes with every evaluation, the same ones
 * (objective per seed, detection, state hash) and the same best attack as the search on local threads.
 */
class SearchDistributedIT {
    static final String SEARCH = """
            name: kafka-search
            base: ../flow-recycler-two-presets.yaml
            set:
              preset: taoflow-2025-11
              blocks: 1440
              network.synthetic: { subnets: 6, taoReserveTao: [1000, 20000], priceTao: [0.001, 0.06], seed: 5 }
              honest.noise-trader: { count: 40, walletTao: 3000, sizeTaoMedian: 30, ratePerDay: 40 }
              honest.long-term-staker.count: 0
              honest.yield-chaser.count: 5
              adversaries[0].target: 5
              adversaries[0].start: 60b
            search:
              params:
                cycleTao: { min: 10, max: 2000, scale: log }
                holdBlocks: { min: 10, max: 500, scale: log }
            budgetTao: 300
            seeds: 2
            evaluations: 12
            population: 4
            seed: 7
            shrinkKeep: 0
            """;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void searchOnWorkersSurvivesAKilledWorkerAndFindsTheLocalBest(@TempDir Path tmp) throws Exception {
        SearchSpec spec = SearchLoader.load("kafka-search.yaml", SEARCH.getBytes(StandardCharsets.UTF_8), Path.of("strategies/searches"));
        Process workerA = null;
        Process workerB = null;
        KafkaBroker broker = null;
        try {
            broker = KafkaBroker.start(Files.createDirectories(tmp.resolve("kafka")));
            SweepTopics topics = SweepTopics.defaults(broker.bootstrap());
            topics.ensure();
            workerA = Workers.start(broker.bootstrap(), tmp.resolve("worker-a.log"));
            workerB = Workers.start(broker.bootstrap(), tmp.resolve("worker-b.log"));
            Workers.awaitStarted(tmp.resolve("worker-a.log"), workerA);
            Workers.awaitStarted(tmp.resolve("worker-b.log"), workerB);

            RunControl control = new RunControl();
            AtomicInteger generations = new AtomicInteger();
            SearchResult distributed;
            try (KafkaCandidateRuns remote = new KafkaCandidateRuns(topics, Duration.ofMinutes(2), control)) {
                CompletableFuture<SearchResult> running = CompletableFuture.supplyAsync(() -> {
                    try {
                        return new AttackSearch(spec, 1, control, p -> generations.incrementAndGet(), remote, "it-" + System.nanoTime()).run();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                // Under load worker A may join the group after B has taken the first generation: wait until A has run a
                // candidate too, so the kill always interrupts a worker that holds work.
                while ((generations.get() < 1 || candidatesLogged(tmp.resolve("worker-a.log")) == 0)
                        && System.nanoTime() < deadline && !running.isDone()) {
                    Thread.sleep(50);
                }
                assertTrue(generations.get() >= 1 && !running.isDone(), () -> "the kill happens mid-search, after the first "
                        + "generation; generations " + generations.get() + ", " + (running.isDone() ? "ended: " + ended(running) : "running")
                        + "\nworker A:\n" + tail(tmp.resolve("worker-a.log")) + "\nworker B:\n" + tail(tmp.resolve("worker-b.log")));
                assertTrue(candidatesLogged(tmp.resolve("worker-a.log")) > 0, "worker A took part before it was killed");
                workerA.destroyForcibly();
                assertTrue(workerA.waitFor(10, TimeUnit.SECONDS));
                assertEquals(137, workerA.exitValue(), "SIGKILL");
                distributed = running.get(3, TimeUnit.MINUTES);
            }
            assertTrue(candidatesLogged(tmp.resolve("worker-b.log")) > 0, "worker B ran the rest");

            SearchResult local = new AttackSearch(spec, 2, new RunControl(), SearchProgress.Listener.NONE).run();
            BudgetResult d = distributed.budgets().get(0);
            BudgetResult l = local.budgets().get(0);
            assertEquals(12, d.evaluations().size(), "no evaluation lost");
            for (int i = 0; i < l.evaluations().size(); i++) {
                Evaluation a = d.evaluations().get(i);
                Evaluation b = l.evaluations().get(i);
                assertEquals(b.yaml(), a.yaml(), "candidate " + i);
                assertEquals(b.seeds(), a.seeds(), "candidate " + i + ": measures, detection and state hash on every seed");
                assertEquals(b.objective(), a.objective(), "candidate " + i);
            }
            assertEquals(l.best().orElseThrow().yaml(), d.best().orElseThrow().yaml(), "the same best attack");
        } finally {
            Processes.stop(workerA, Duration.ofSeconds(5));
            Processes.stop(workerB, Duration.ofSeconds(5));
            if (broker != null) {
                broker.close();
            }
            for (String log : List.of("worker-a.log", "worker-b.log")) {
                Path p = tmp.resolve(log);
                if (Files.exists(p)) {
                    System.out.println("---- " + log + ": " + candidatesLogged(p) + " candidate runs");
                }
            }
        }
        assertFalse(workerA.isAlive() || workerB.isAlive(), "every process stopped");
    }

    private static String ended(CompletableFuture<SearchResult> f) {
        try {
            f.getNow(null);
            return "done";
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log).stream().filter(l -> l.contains("candidate") || l.contains("WARN")
                    || l.contains("ERROR")).toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }

    private static long candidatesLogged(Path log) {
        try {
            return Files.readAllLines(log).stream().filter(l -> l.contains(" candidate t") && l.contains("(seed ")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
