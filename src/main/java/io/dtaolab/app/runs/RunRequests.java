package io.dtaolab.app.runs;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.engine.WorldCheck;
import io.dtaolab.scenario.FieldError;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Turns what a client sent (a strategy document, or a shipped name plus overrides) into a checked run request. */
@ApplicationScoped
public class RunRequests {
    private final LabConfig config;
    private final StrategyCatalog catalog;
    private final WorkBudget budget;

    public RunRequests(LabConfig config, StrategyCatalog catalog, WorkBudget budget) {
        this.config = config;
        this.catalog = catalog;
        this.budget = budget;
    }

    /**
     * What {@code POST /api/runs} would say about this document without overrides: the same checks, nothing queued.
     * {@code fileName} decides the format ({@code .json} or YAML) and names the file in error messages.
     */
    public StrategySpec validate(String fileName, byte[] content) {
        StrategySpec spec = load(fileName, content);
        admit(spec, fileName, spec.blocks());
        return spec;
    }

    public RunRequest fromDocument(String fileName, byte[] content, Overrides overrides) {
        return build(load(fileName, content), fileName, content, overrides);
    }

    private StrategySpec load(String fileName, byte[] content) {
        LoadResult result = StrategyLoader.check(fileName, content, catalog.snapshots(catalog.dir()));
        if (result instanceof LoadResult.Invalid invalid) {
            throw new StrategyRejectedException(invalid.errors());
        }
        return ((LoadResult.Valid) result).spec();
    }

    /** The budget first (cheap), then the worlds are built once, as the run's first step would. */
    private void admit(StrategySpec spec, String fileName, long blocks) {
        budget.checkRun(spec, blocks, 1);
        WorldCheck.problem(spec).ifPresent(problem -> {
            throw new StrategyRejectedException(List.of(new FieldError(fileName, 1, 1, "$", problem, "")));
        });
    }

    public RunRequest fromShipped(String name, Overrides overrides) {
        ShippedStrategy shipped = catalog.find(name)
                .orElseThrow(() -> new InvalidRequestException("no shipped strategy named '" + name + "'; see GET /api/strategies"));
        if (shipped.result() instanceof LoadResult.Invalid invalid) {
            throw new StrategyRejectedException(invalid.errors());
        }
        return build(((LoadResult.Valid) shipped.result()).spec(), shipped.fileName(), shipped.content(), overrides);
    }

    private RunRequest build(StrategySpec spec, String fileName, byte[] content, Overrides o) {
        long blocks = o.blocks().orElse(spec.blocks());
        if (blocks < 1 || blocks > config.runs().maxBlocks()) {
            throw new InvalidRequestException("blocks must be between 1 and " + config.runs().maxBlocks() + ", got " + blocks);
        }
        long seed = o.seed().orElse(spec.seed());
        if (seed < 0) {
            throw new InvalidRequestException("seed must be between 0 and " + Long.MAX_VALUE + ", got " + seed);
        }
        java.util.List<String> tooShort = io.dtaolab.scenario.RunLength.problems(spec, blocks);
        if (!tooShort.isEmpty()) {
            throw new InvalidRequestException("blocks: " + String.join("; ", tooShort));
        }
        admit(spec, fileName, blocks);
        double speed = o.speed().orElse(config.runs().defaultSpeed());
        String source = "strategy" + (fileName.toLowerCase().endsWith(".json") ? ".json" : ".yaml");
        return new RunRequest(spec, source, content, seed, blocks, speed);
    }

    /**
     * Client overrides of the strategy's seed and length, and the pace (blocks per second; 0 = max; none =
     * {@code lab.runs.default-speed}).
     */
    public record Overrides(Optional<Long> seed, Optional<Long> blocks, Optional<Double> speed) {
        public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
