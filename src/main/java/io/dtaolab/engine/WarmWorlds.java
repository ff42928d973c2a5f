package io.dtaolab.engine;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.scenario.NetworkSpec;
import io.dtaolab.scenario.PopulationSpec;
import io.dtaolab.scenario.StrategySpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Warmed honest worlds shared by runs that differ only in their adversaries (search candidates, sweep cells): the
 * warm-up of one network, population, mechanism, seed and ordering is stepped once, and every run forks its own copy,
 * which steps exactly like a world warmed on its own (see {@link World#fork}). At most {@code capacity} warmed worlds
 * are kept, the least recently used dropped first. Or one saved state ({@link #of(SavedState)}) that every run starts
 * from, refusing a run it does not fit. Safe to share between threads.
 */
public final class WarmWorlds {
    private record Key(NetworkSpec network, PopulationSpec honest, Mechanism mechanism, long seed, OrderingPolicy policy,
                       long warmupBlocks) {
    }

    private final int capacity;
    private final Map<Key, FutureTask<World>> worlds;
    private final AtomicInteger warmed = new AtomicInteger();
    private final SavedState saved;

    public WarmWorlds(int capacity) {
        this(capacity, null);
    }

    private WarmWorlds(int capacity, SavedState saved) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.worlds = new LinkedHashMap<>(16, 0.75f, true);
        this.saved = saved;
    }

    /** Every run handed these worlds starts from {@code state} (never warms); a run it does not fit is refused. */
    public static WarmWorlds of(SavedState state) {
        return new WarmWorlds(1, java.util.Objects.requireNonNull(state));
    }

    /** The saved state every run starts from, or null. */
    public SavedState saved() {
        return saved;
    }

    /** How many warm-ups were actually stepped (the rest were forks of a kept world). */
    public int warmUps() {
        return warmed.get();
    }

    World fork(StrategySpec spec, Mechanism mechanism, long seed, OrderingPolicy policy, long warmupBlocks,
               Supplier<World> warm, String label) throws InterruptedException {
        if (saved != null) {
            saved.requireFits(spec, mechanism, seed, policy);
            return saved.fork(label);
        }
        Key key = new Key(spec.network(), spec.honest(), mechanism, seed, policy, warmupBlocks);
        FutureTask<World> task;
        boolean mine = false;
        synchronized (worlds) {
            task = worlds.get(key);
            if (task == null) {
                task = new FutureTask<>(() -> {
                    warmed.incrementAndGet();
                    return warm.get();
                });
                worlds.put(key, task);
                mine = true;
                if (worlds.size() > capacity) {
                    worlds.remove(worlds.keySet().iterator().next());
                }
            }
        }
        if (mine) {
            task.run();
        }
        World kept;
        try {
            kept = task.get();
        } catch (ExecutionException e) {
            synchronized (worlds) {
                worlds.remove(key, task);
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("warm-up failed: " + e.getCause(), e.getCause());
        }
        synchronized (kept) {
            return kept.fork(label);
        }
    }
}
