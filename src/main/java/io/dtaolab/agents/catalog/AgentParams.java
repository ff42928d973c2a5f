package io.dtaolab.agents.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Typed, complete parameter values of one agent (defaults filled), in the catalogue's order. */
public record AgentParams(AgentType type, Map<String, Object> values) {

    public AgentParams {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public double getDouble(String name) {
        return ((Number) get(name, ParamKind.NUMBER, ParamKind.INTEGER)).doubleValue();
    }

    public long getLong(String name) {
        return (Long) get(name, ParamKind.INTEGER);
    }

    public boolean getBoolean(String name) {
        return (Boolean) get(name, ParamKind.BOOLEAN);
    }

    public String getString(String name) {
        return (String) get(name, ParamKind.ENUM);
    }

    private Object get(String name, ParamKind... kinds) {
        ParamDef def = type.param(name).orElseThrow(() -> new IllegalArgumentException(
                "agent type '" + type.id() + "' has no parameter '" + name + "'"));
        for (ParamKind k : kinds) {
            if (def.kind() == k) {
                return values.get(name);
            }
        }
        throw new IllegalArgumentException("parameter '" + name + "' of '" + type.id() + "' is " + def.kind().id());
    }
}
