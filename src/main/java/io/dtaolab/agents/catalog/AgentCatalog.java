package io.dtaolab.agents.catalog;

import java.util.List;

/** Export of the catalogue for documentation: one Markdown section per role with a table per type. */
public final class AgentCatalog {

    private AgentCatalog() {
    }

    public static List<AgentType> honest() {
        return AgentType.of(AgentRole.HONEST);
    }

    public static List<AgentType> adversaries() {
        return AgentType.of(AgentRole.ADVERSARY);
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        for (AgentRole role : AgentRole.values()) {
            out.append("### ").append(role == AgentRole.HONEST ? "Honest agent types" : "Adversary types").append("\n\n");
            for (AgentType t : AgentType.of(role)) {
                out.append("#### `").append(t.id()).append("`\n\n").append(t.doc()).append("\n\n");
                out.append("| param | type | default | allowed | meaning |\n|---|---|---|---|---|\n");
                for (ParamDef p : t.params()) {
                    out.append("| `").append(p.name()).append("` | ").append(p.kind().id()).append(" | `")
                            .append(defaultText(p)).append("` | ").append(p.allowed()).append(" | ")
                            .append(p.doc()).append(" |\n");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String defaultText(ParamDef p) {
        if (p.defaultValue() instanceof Double d) {
            return ParamDef.format(d);
        }
        return String.valueOf(p.defaultValue());
    }
}
