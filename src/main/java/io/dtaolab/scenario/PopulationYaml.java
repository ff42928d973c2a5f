package io.dtaolab.scenario;

import io.dtaolab.agents.catalog.ParamDef;
import io.dtaolab.scenario.PopulationSpec.HonestGroup;
import java.util.Map;

/** A population as a file strategies include ({@code honest: { include: networks/<file>.yaml }}): every parameter written. */
public final class PopulationYaml {
    private PopulationYaml() {
    }

    public static String of(PopulationSpec p, String header) {
        StringBuilder y = new StringBuilder();
        for (String line : header.split("\n")) {
            y.append("# ").append(line).append('\n');
        }
        for (HonestGroup g : p.groups()) {
            y.append(g.type().id()).append(": { count: ").append(g.count());
            for (Map.Entry<String, Object> e : g.params().values().entrySet()) {
                y.append(", ").append(e.getKey()).append(": ").append(text(e.getValue()));
            }
            y.append(" }\n");
        }
        return y.toString();
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return ParamDef.format(d);
        }
        return String.valueOf(v);
    }
}
