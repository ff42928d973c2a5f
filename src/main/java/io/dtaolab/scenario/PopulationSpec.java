package io.dtaolab.scenario;

import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.agents.catalog.AgentType;
import java.util.List;

/** The honest agents of a run, one group per honest type, in file order. */
public record PopulationSpec(List<HonestGroup> groups) {
    public static final PopulationSpec EMPTY = new PopulationSpec(List.of());

    public PopulationSpec {
        groups = List.copyOf(groups);
    }

    public int totalAgents() {
        return groups.stream().mapToInt(HonestGroup::count).sum();
    }

    public record HonestGroup(AgentType type, int count, AgentParams params) {
        public static final int MAX_COUNT = 10_000;
    }
}
