package io.dtaolab.experiment.sweep;

import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.WarmWorlds;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
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
        // once every run has started, a run that finds fewer runs than workers left moves its twin to the idle core
        List<RunTask> todo = collector.plan().tasks().stream().filter(t -> !collector.has(t.runKey())).toList();
        AtomicInteger unstarted = new AtomicInteger(todo.size());
        AtomicInteger running = new AtomicInteger();
        BooleanSupplier spareCore = () -> unstarted.get() == 0 && running.get() < workers;
        try {
            for (RunTask task : todo) {
                pool.execute(() -> {
                    running.incrementAndGet(); // before unstarted moves, so the two never say "spare" too early
                    unstarted.decrementAndGet();
                    try {
                        if (control.cancelled()) {
                            return;
                        }
                        RunOutcome outcome = RunExecutor.execute(task, control, warm, spareCore);
                        if (!control.cancelled() && collector.offer(outcome)) {
                            onOutcome.accept(outcome);
                        }
                    } finally {
                        running.decrementAndGet();
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
