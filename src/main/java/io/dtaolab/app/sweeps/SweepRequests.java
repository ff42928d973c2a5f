package io.dtaolab.app.sweeps;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.app.runs.InvalidRequestException;
import io.dtaolab.app.runs.StrategyCatalog;
import io.dtaolab.app.runs.WorkBudget;
import io.dtaolab.experiment.sweep.SweepFiles;
import io.dtaolab.scenario.SweepInvalid;
import io.dtaolab.scenario.SweepSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns what a client sent (a sweep document, or a shipped sweep's name) into a checked sweep and worker count; the
 * work budget is applied cell by cell while the sweep is validated.
 */
@ApplicationScoped
public class SweepRequests {
    private final StrategyCatalog catalog;
    private final ShippedSweeps shipped;
    private final WorkBudget budget;
    private final int maxWorkers;

    public SweepRequests(StrategyCatalog catalog, ShippedSweeps shipped, WorkBudget budget, LabConfig config) {
        this.catalog = catalog;
        this.shipped = shipped;
        this.budget = budget;
        this.maxWorkers = config.sweeps().maxWorkers();
    }

    public SweepSpec fromShipped(String name) {
        Path file = shipped.find(name).orElseThrow(() -> new InvalidRequestException("no shipped sweep named '" + name
                + "'; shipped: " + String.join(", ", shipped.names())));
        try {
            return SweepFiles.load(file, budget.sweepAdmission());
        } catch (SweepInvalid e) {
            throw new SweepRejectedException(e.errors());
        }
    }

    /** {@code fileName} decides the format ({@code .json} or YAML) and names the file in error messages. */
    public SweepSpec fromDocument(String fileName, byte[] content) {
        if (catalog.dir() == null) {
            throw new InvalidRequestException("this server has no strategies directory for a sweep's base");
        }
        Path sweepDir = SweepBaseGuard.sweepDirFor(fileName, content, catalog.dir().toAbsolutePath().normalize());
        try {
            return SweepFiles.load(fileName, content, sweepDir, budget.sweepAdmission());
        } catch (SweepInvalid e) {
            throw new SweepRejectedException(e.errors());
        }
    }

    /** Local worker threads: 1 to {@code lab.sweeps.max-workers}, which is also the default. */
    public int workers(Optional<Integer> asked) {
        int w = asked.orElse(maxWorkers);
        if (w < 1 || w > maxWorkers) {
            throw new InvalidRequestException("workers must be between 1 and " + maxWorkers + " (lab.sweeps.max-workers), got " + w);
        }
        return w;
    }
}
