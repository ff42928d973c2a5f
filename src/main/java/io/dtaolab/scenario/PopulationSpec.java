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

    /** Whether honest type {@code typeId} has a number parameter {@code param}. */
    public static boolean hasNumber(String typeId, String param) {
        return AgentType.byId(typeId).filter(t -> t.role() == io.dtaolab.agents.catalog.AgentRole.HONEST)
                .flatMap(t -> t.param(param)).map(d -> d.kind() == io.dtaolab.agents.catalog.ParamKind.NUMBER).orElse(false);
    }

    /** The parameter's value in the first group of the type, or its default when the population has none. */
    public double value(String typeId, String param) {
        for (HonestGroup g : groups) {
            if (g.type().id().equals(typeId)) {
                return g.params().getDouble(param);
            }
        }
        AgentType t = AgentType.byId(typeId).orElseThrow(() -> new IllegalArgumentException("no agent type " + typeId));
        return ((Number) t.param(param).orElseThrow().defaultValue()).doubleValue();
    }

    /** This population with a number parameter set in every group of the type (range-checked like a file value). */
    public PopulationSpec with(String typeId, String param, double value) {
        List<HonestGroup> out = new java.util.ArrayList<>();
        for (HonestGroup g : groups) {
            if (g.type().id().equals(typeId)) {
                java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(g.params().values());
                values.put(param, value);
                out.add(new HonestGroup(g.type(), g.count(), g.type().resolve(values)));
            } else {
                out.add(g);
            }
        }
        return new PopulationSpec(out);
    }

    public int totalAgents() {
        return groups.stream().mapToInt(HonestGroup::count).sum();
    }

    public record HonestGroup(AgentType type, int count, AgentParams params) {
        public static final int MAX_COUNT = 10_000;
    }
}
