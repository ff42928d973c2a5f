package io.dtaolab.experiment.sweep;

import io.dtaolab.scenario.CellAdmission;
import io.dtaolab.scenario.SweepInvalid;
import io.dtaolab.scenario.SweepLoader;
import io.dtaolab.scenario.SweepSpec;
import java.nio.file.Path;

/** Loads sweep files with the measure names this package knows how to compute. */
public final class SweepFiles {
    private SweepFiles() {
    }

    public static SweepSpec load(Path file) throws SweepInvalid {
        return SweepLoader.load(file, Measure.names());
    }

    /** Loads a sweep file, each valid cell passed to {@code admission} as it is built (see {@link CellAdmission}). */
    public static SweepSpec load(Path file, CellAdmission admission) throws SweepInvalid {
        return SweepLoader.load(file, Measure.names(), admission);
    }

    public static SweepSpec load(String fileName, byte[] content, Path sweepDir) throws SweepInvalid {
        return load(fileName, content, sweepDir, CellAdmission.ALL);
    }

    public static SweepSpec load(String fileName, byte[] content, Path sweepDir, CellAdmission admission) throws SweepInvalid {
        return SweepLoader.load(fileName, content, sweepDir, Measure.names(), admission);
    }
}
