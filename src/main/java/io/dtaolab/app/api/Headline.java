package io.dtaolab.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtaolab.engine.TempoReport;

/**
 * The headline measures of a run so far (from its latest tempo) or at its end (from report.json).
 * Shares are fractions of network emission; amounts in TAO.
 */
public record Headline(int target, Double targetShareAttack, Double targetShareTwin, Double targetShareDeviation,
                       double emissionRedirectedTao, Double redirectedNetworkRatio, double adversaryPnlTao,
                       double adversaryCostTao, double honestLossVsTwinTao) {

    static Headline of(TempoReport r) {
        int t = r.target();
        boolean has = t > 0 && t < r.shareAttack().length;
        double pnl = r.adversaryClasses().values().stream().mapToDouble(TempoReport.ClassMeasures::pnlTao).sum();
        double cost = r.adversaryClasses().values().stream().mapToDouble(TempoReport.ClassMeasures::costTao).sum();
        return new Headline(t, has ? r.shareAttack()[t] : null, has ? r.shareTwin()[t] : null,
                has ? r.shareAttack()[t] - r.shareTwin()[t] : null, r.redirectedTaoToDate(),
                r.networkEmissionToDate() > 0 ? r.redirectedTaoToDate() / r.networkEmissionToDate() : null, pnl, cost,
                r.honestLossVsTwinTao());
    }

    static Headline of(JsonNode report) {
        Double share = num(report, "targetShareAttack");
        Double twin = num(report, "targetShareTwin");
        Double pct = num(report, "redirectedPctOfNetwork");
        return new Headline(report.path("target").asInt(), share, twin,
                share != null && twin != null ? share - twin : null, report.path("emissionRedirectedTao").asDouble(),
                pct == null ? null : pct / 100, report.path("adversaryPnlTao").asDouble(),
                report.path("adversaryCostTao").asDouble(), report.path("honestLossVsTwinTao").asDouble());
    }

    private static Double num(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() || Double.isNaN(v.asDouble()) ? null : v.asDouble();
    }
}
