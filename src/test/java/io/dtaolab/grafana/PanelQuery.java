package io.dtaolab.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One target of one panel of one dashboard: what a failure message has to name. */
record PanelQuery(String dashboard, String panel, String refId, String expr) {

    /** Every target of every panel, including panels nested in collapsed rows. */
    static List<PanelQuery> of(JsonNode dashboard) {
        List<PanelQuery> out = new ArrayList<>();
        for (JsonNode panel : Panels.of(dashboard)) {
            for (JsonNode t : panel.path("targets")) {
                out.add(new PanelQuery(dashboard.path("title").asText(), panel.path("title").asText(),
                        t.path("refId").asText(), t.path("expr").asText()));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "dashboard '" + dashboard + "', panel '" + panel + "', query " + refId + ": " + expr;
    }
}
