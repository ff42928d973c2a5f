package io.dtaolab.app.runs;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Turns what a client sent (a strategy document, or a shipped name plus overrides) into a checked run request. */
@ApplicationScoped
public class RunRequests {
    private final LabConfig config;
    private final StrategyCatalog catalog;

    public RunRequests(LabConfig config, StrategyCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
    }

    /** {@code fileName} decides the format ({@code .json} or YAML) and names the file in error messages. */
    public StrategySpec validate(String fileName, byte[] content) {
        LoadResult result = StrategyLoader.check(fileName, content, catalog.dir());
        if (result instanceof LoadResult.Invalid invalid) {
            throw new StrategyRejectedException(invalid.errors());
        }
        return ((LoadResult.Valid) result).spec();
    }

    public RunRequest fromDocument(String fileName, byte[] content, Overrides overrides) {
        return build(validate(fileName, content), fileName, content, overrides);
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
        java.util.List<String> tooShort = io.dtaolab.scenario.RunLength.problems(spec, blocks);
        if (!tooShort.isEmpty()) {
            throw new InvalidRequestException("blocks: " + String.join("; ", tooShort));
        }
        int agents = spec.honest().totalAgents() + spec.adversaries().size();
        if (agents > config.runs().maxAgents()) {
            throw new InvalidRequestException("the strategy has " + agents + " agents; this server accepts at most "
                    + config.runs().maxAgents() + " (lab.runs.max-agents)");
        }
        double speed = o.speed().orElse(0.0);
        String source = "strategy" + (fileName.toLowerCase().endsWith(".json") ? ".json" : ".yaml");
        return new RunRequest(spec, source, content, o.seed().orElse(spec.seed()), blocks, speed);
    }

    /** Client overrides of the strategy's seed and length, and the pace (blocks per second; 0 = max). */
    public record Overrides(Optional<Long> seed, Optional<Long> blocks, Optional<Double> speed) {
        public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
