package io.dtaolab.app.runs;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.engine.RunWork;
import io.dtaolab.scenario.CellAdmission;
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

    /**
     * A sweep's admission: each cell checked as a run as soon as it is built, and the running sum over cells × seeds
     * against {@code lab.sweeps.max-work}, so an oversized grid is refused at the first cell that exceeds it, before
     * the rest are validated.
     */
    public CellAdmission sweepAdmission() {
        long[] sum = {0};
        int[] cells = {0};
        return (cell, seeds) -> {
            try {
                long units = checkRun(cell, cell.blocks(), 1).times(seeds).units();
                sum[0] = units > Long.MAX_VALUE - sum[0] ? Long.MAX_VALUE : sum[0] + units;
                cells[0]++;
                if (sum[0] > config.sweeps().maxWork()) {
                    throw new WorkBudgetException("sweep work, summed over its first " + cells[0] + " cells × " + seeds
                            + " seeds", sum[0], config.sweeps().maxWork(), "lab.sweeps.max-work");
                }
            } catch (WorkBudgetException e) {
                throw new CellAdmission.Refused(e);
            }
        };
    }
}
