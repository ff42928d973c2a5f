package io.dtaolab.experiment.sweep;

import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.WarmWorlds;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a plan on N threads of this JVM, one run per thread at a time; with a saved warm state
 * ({@code sweep --from-state}), every run starts from it instead of warming up.
 */
public final class LocalSweepExecutor implements SweepExecutor {
    private final int workers;
    private final WarmWorlds warm;

    public LocalSweepExecutor(int workers) {
        this(workers, null);
    }

    /** {@code warm}: the worlds runs start from ({@link WarmWorlds#of} a saved state), or null to warm each run. */
    public LocalSweepExecutor(int workers, WarmWorlds warm) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
        this.warm = warm;
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
                    RunOutcome outcome = RunExecutor.execute(task, control, warm);
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
