package io.dtaolab.app.runs;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.engine.RunWork;
import io.dtaolab.scenario.StrategySpec;
import jakarta.enterprise.context.ApplicationScoped;

/** The configured limits on what one request may ask for, checked before anything is built or queued. */
@ApplicationScoped
public class WorkBudget {
    private final LabConfig config;

    public WorkBudget(LabConfig config) {
        this.config = config;
    }

    /** A run of {@code spec} for {@code blocks} blocks, or {@code runs} such runs (a comparison, a sweep cell). */
    public RunWork checkRun(StrategySpec spec, long blocks, long runs) {
        int agents = spec.honest().totalAgents() + spec.adversaries().size();
        if (agents > config.runs().maxAgents()) {
            throw new WorkBudgetException("agents (honest + adversaries)", agents, config.runs().maxAgents(), "lab.runs.max-agents");
        }
        RunWork work = RunWork.of(spec, blocks);
        if (work.keys() > config.runs().maxKeys()) {
            throw new WorkBudgetException("coldkeys held by the agents", work.keys(), config.runs().maxKeys(), "lab.runs.max-keys");
        }
        RunWork total = work.times(runs);
        if (total.units() > config.runs().maxWork()) {
            throw new WorkBudgetException("work, blocks × (subnets + agents + keys) × worlds × presets", total.units(),
                    config.runs().maxWork(), "lab.runs.max-work");
        }
        return total;
    }

    /** A sweep: each cell checked as a run, their work summed over cells and seeds. */
    public void checkSweep(java.util.List<StrategySpec> cells, long blocksOverride, int seeds) {
        long sum = 0;
        for (StrategySpec cell : cells) {
            long blocks = blocksOverride > 0 ? blocksOverride : cell.blocks();
            long units = checkRun(cell, blocks, 1).times(seeds).units();
            sum = units > Long.MAX_VALUE - sum ? Long.MAX_VALUE : sum + units;
        }
        if (sum > config.sweeps().maxWork()) {
            throw new WorkBudgetException("sweep work, summed over " + cells.size() + " cells × " + seeds + " seeds", sum,
                    config.sweeps().maxWork(), "lab.sweeps.max-work");
        }
    }
}
