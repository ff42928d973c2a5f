package io.dtaolab.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A validated sweep file: the base strategy, the grid of cells (each already a valid strategy), the seeds run in
 * every cell and the measures to aggregate.
 *
 * @param strategyDir where the cells' relative paths (snapshots) resolve: the base strategy's directory
 * @param seeds       the seeds run in every cell, in order
 */
public record SweepSpec(String file, String name, Optional<String> description, String baseFile, java.nio.file.Path strategyDir,
                        List<SweepAxis> axes, List<Long> seeds, List<String> measures, List<SweepCell> cells) {

    public SweepSpec {
        axes = List.copyOf(axes);
        seeds = List.copyOf(seeds);
        measures = List.copyOf(measures);
        cells = List.copyOf(cells);
    }

    public int runCount() {
        return cells.size() * seeds.size();
    }
}
