package io.dtaolab.app.metrics;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.app.searches.SearchHandle;
import io.dtaolab.app.searches.SearchManager;
import io.dtaolab.experiment.search.SearchProgress;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code dtao_search_*} meters: searches by state, candidates evaluated (search and shrink), and the best objective
 * found so far per search and budget. Per-search series stay for the {@code lab.metrics.recent-runs} most recent
 * searches; a best-objective series appears with the search's first feasible candidate at that budget (no NaN).
 */
@ApplicationScoped
public class SearchMetrics implements SearchManager.Listener {
    private final MeterRegistry registry;
    private final SearchManager manager;
    private final int keep;
    private final Deque<String> order = new ArrayDeque<>();
    private final Map<String, List<Meter>> meters = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> best = new ConcurrentHashMap<>();

    public SearchMetrics(MeterRegistry registry, SearchManager manager, LabConfig config) {
        this.registry = registry;
        this.manager = manager;
        this.keep = Math.max(1, config.metrics().recentRuns());
    }

    void start(@Observes StartupEvent ignored) {
        for (SearchHandle.State s : SearchHandle.State.values()) {
            Gauge.builder("dtao.searches", manager, m -> m.count(s))
                    .description("Worst-attack searches this server knows in each state (queued, running, finished, failed, cancelled)")
                    .tags("state", s.wire()).register(registry);
        }
        FunctionCounter.builder("dtao.search.evaluations", manager, SearchManager::evaluated)
                .description("Candidate attacks evaluated by searches (each on all its seeds); phase shrink counts shrink trials")
                .tags("phase", "search").register(registry);
        FunctionCounter.builder("dtao.search.evaluations", manager, SearchManager::shrinkTrials)
                .description("Candidate attacks evaluated by searches (each on all its seeds); phase shrink counts shrink trials")
                .tags("phase", "shrink").register(registry);
        manager.listen(this);
    }

    @Override
    public synchronized void submitted(SearchHandle h) {
        order.addLast(h.id());
        meters.put(h.id(), new ArrayList<>());
        while (order.size() > keep) {
            String old = order.removeFirst();
            meters.remove(old).forEach(registry::remove);
            best.keySet().removeIf(k -> k.startsWith(old + "/"));
        }
    }

    @Override
    public synchronized void progressed(SearchHandle h, SearchProgress p) {
        List<Meter> mine = meters.get(h.id());
        if (mine == null || !p.phase().equals("search") || Double.isNaN(p.bestObjective())) {
            return;
        }
        String budget = String.format(Locale.ROOT, "%.6g", p.budgetTao());
        AtomicLong bits = best.computeIfAbsent(h.id() + "/" + budget, k -> {
            AtomicLong holder = new AtomicLong();
            mine.add(Gauge.builder("dtao.search.best.objective", holder, a -> Double.longBitsToDouble(a.get()))
                    .description("Best objective found so far by a search at one budget (its unit is the objective's: "
                            + "TAO redirected, TAO redirected per TAO at risk, or TAO PnL)")
                    .tags(Tags.of("search", h.id(), "name", h.spec().name(), "objective", h.spec().objective(),
                            "budget_tao", budget)).strongReference(true).register(registry));
            return holder;
        });
        bits.set(Double.doubleToLongBits(p.bestObjective()));
    }
}
