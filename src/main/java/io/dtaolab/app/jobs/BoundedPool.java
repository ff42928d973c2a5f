package io.dtaolab.app.jobs;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A fixed number of job threads (never the event loop) and a bounded number of waiting jobs: one more than
 * {@code threads + queueLimit} live jobs is refused with {@link QueueFullException}.
 */
public final class BoundedPool {
    private final int limit;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger live = new AtomicInteger();

    public BoundedPool(String name, int threads, int queueLimit) {
        this.limit = threads + queueLimit;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues the job, or refuses it when every thread and queue place is taken; {@code retryAfter} in seconds. */
    public synchronized void submit(Runnable job, LongSupplier retryAfter) {
        if (live.get() >= limit) {
            throw new QueueFullException(live.get(), Math.max(1, Math.min(3600, retryAfter.getAsLong())));
        }
        live.incrementAndGet();
        pool.execute(() -> {
            try {
                job.run();
            } finally {
                live.decrementAndGet();
            }
        });
    }

    /** Refuses at once when every thread and queue place is taken, so a caller can check before costly parsing. */
    public void requireRoom(LongSupplier retryAfter) {
        int now = live.get();
        if (now >= limit) {
            throw new QueueFullException(now, Math.max(1, Math.min(3600, retryAfter.getAsLong())));
        }
    }

    /** Jobs running or waiting. */
    public int live() {
        return live.get();
    }

    public void shutdown(long timeoutSeconds) throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
    }
}
