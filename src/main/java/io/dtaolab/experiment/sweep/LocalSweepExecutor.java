package io.dtaolab.experiment.sweep;

import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.WarmWorlds;
import io.dtaolab.experiment.SpareCores;
import java.util.List;
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
        // once every run has started, a run finding a worker's core idle moves its twin there
        List<RunTask> todo = collector.plan().tasks().stream().filter(t -> !collector.has(t.runKey())).toList();
        SpareCores spare = new SpareCores(todo.size(), workers);
        try {
            for (RunTask task : todo) {
                pool.execute(() -> {
                    SpareCores.Lease lease = spare.start();
                    try {
                        if (control.cancelled()) {
                            return;
                        }
                        RunOutcome outcome = RunExecutor.execute(task, control, warm, lease);
                        if (!control.cancelled() && collector.offer(outcome)) {
                            onOutcome.accept(outcome);
                        }
                    } finally {
                        lease.end();
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
