package io.dtaolab.experiment.sweep;

import io.dtaolab.engine.RunControl;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs a plan on N threads of this JVM, one run per thread at a time. */
public final class LocalSweepExecutor implements SweepExecutor {
    private final int workers;

    public LocalSweepExecutor(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
    }

    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public void execute(ResultCollector collector, RunControl control, Consumer<RunOutcome> onOutcome) throws InterruptedException {
        AtomicInteger ids = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sweep-worker-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            for (RunTask task : collector.plan().tasks()) {
                if (collector.has(task.runKey())) {
                    continue;
                }
                pool.execute(() -> {
                    if (control.cancelled()) {
                        return;
                    }
                    RunOutcome outcome = RunExecutor.execute(task, control);
                    if (!control.cancelled() && collector.offer(outcome)) {
                        onOutcome.accept(outcome);
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(200, TimeUnit.MILLISECONDS)) {
                if (control.cancelled()) {
                    pool.shutdownNow();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (control.cancelled()) {
            throw new InterruptedException("sweep cancelled");
        }
    }
}
