package io.dtaolab.agents.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentTypeTest {

    @Test
    void resolveFillsDefaultsAndTypes() {
        AgentParams p = AgentType.NOISE_TRADER.resolve(Map.of("ratePerDay", 10L, "shielded", true));
        assertEquals(10.0, p.getDouble("ratePerDay"));
        assertEquals(1.8, p.getDouble("sizeTailIndex"));
        assertTrue(p.getBoolean("shielded"));
        AgentParams s = AgentType.SYBIL_SWARM.resolve(Map.of("behaviour", "wash"));
        assertEquals("wash", s.getString("behaviour"));
        assertEquals(100, s.getLong("swarmColdkeys"));
        assertEquals(AgentType.SYBIL_SWARM.paramNames(), List.copyOf(s.values().keySet()));
    }

    @Test
    void resolveRejectsBadValues() {
        assertThrows(IllegalArgumentException.class, () -> AgentType.WASH_TRADER.resolve(Map.of("linkedColdkeys", 2.5)));
        assertThrows(IllegalArgumentException.class, () -> AgentType.WASH_TRADER.resolve(Map.of("nope", 1)));
        assertThrows(IllegalArgumentException.class, () -> AgentType.EMA_TIMER.resolve(Map.of("mode", "other")));
        assertThrows(IllegalArgumentException.class, () -> AgentType.PUMP_AND_DUMP.resolve(Map.of("hype", "true")));
        assertThrows(IllegalArgumentException.class, () -> AgentType.PUMP_AND_DUMP.resolve(Map.of("dumpAtRise", Double.NaN)));
    }

    @Test
    void defaultsLieInTheirRangesAndIdsAreUnique() {
        for (AgentType t : AgentType.values()) {
            assertEquals(t, AgentType.byId(t.id()).orElseThrow());
            for (ParamDef d : t.params()) {
                assertEquals(d.defaultValue(), d.coerce(d.defaultValue()), t.id() + "." + d.name());
            }
        }
        assertEquals(9, AgentType.of(AgentRole.HONEST).size());
        assertEquals(8, AgentType.of(AgentRole.ADVERSARY).size());
        assertTrue(AgentCatalog.markdown().contains("| `dumpAtRise` | number | `0.3` |"));
    }
}
