package io.dtaolab.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the first outcome per run key of a plan and ignores the rest, so redelivered or re-run results never count
 * twice. Thread-safe; outcomes for keys outside the plan are dropped.
 */
public final class ResultCollector {
    private final SweepPlan plan;
    private final Set<String> expected;
    private final Map<String, RunOutcome> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final CountDownLatch remaining;
    private final long startNanos = System.nanoTime();

    public ResultCollector(SweepPlan plan) {
        this.plan = plan;
        this.expected = Set.copyOf(plan.tasks().stream().map(RunTask::runKey).toList());
        this.remaining = new CountDownLatch(plan.size());
    }

    /** True when this outcome was the first for its run key. */
    public boolean offer(RunOutcome outcome) {
        if (!expected.contains(outcome.runKey())) {
            return false;
        }
        RunOutcome previous = outcomes.putIfAbsent(outcome.runKey(), outcome);
        if (previous != null) {
            duplicates.incrementAndGet();
            if (!previous.equals(outcome)) {
                conflicts.incrementAndGet();
            }
            return false;
        }
        if (outcome.failed()) {
            failed.incrementAndGet();
        }
        remaining.countDown();
        return true;
    }

    public boolean has(String runKey) {
        return outcomes.containsKey(runKey);
    }

    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return remaining.await(timeout, unit);
    }

    public boolean complete() {
        return remaining.getCount() == 0;
    }

    public SweepPlan plan() {
        return plan;
    }

    public List<RunOutcome> snapshot() {
        return new ArrayList<>(outcomes.values());
    }

    public SweepResult result() {
        return Aggregator.of(plan, snapshot());
    }

    public SweepProgress progress(String state) {
        return new SweepProgress(plan.sweepId(), state, plan.size(), outcomes.size(), failed.get(), duplicates.get(),
                conflicts.get(), (System.nanoTime() - startNanos) / 1e9);
    }
}
