package io.dtaolab.app.api;

import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.engine.TempoReport;

/**
 * The headline measures of a run so far (from its latest tempo) or at its end (from its {@link RunMeasures}, as
 * written to report.json). Shares are fractions of network emission; amounts in TAO; a measure that is undefined
 * (no twin) is null. The verdict exists only once the run has ended.
 */
public record Headline(int target, Double targetShareAttack, Double targetShareTwin, Double targetShareDeviation,
                       double emissionRedirectedTao, Double redirectedNetworkRatio, double adversaryPnlTao,
                       double adversaryCostTao, Double honestLossVsTwinTao, String verdict) {

    static Headline of(TempoReport r) {
        int t = r.target();
        boolean has = t > 0 && t < r.shareAttack().length;
        double pnl = r.adversaryClasses().values().stream().mapToDouble(TempoReport.ClassMeasures::pnlTao).sum();
        double cost = r.adversaryClasses().values().stream().mapToDouble(TempoReport.ClassMeasures::costTao).sum();
        return new Headline(t, has ? r.shareAttack()[t] : null, has ? r.shareTwin()[t] : null,
                has ? r.shareAttack()[t] - r.shareTwin()[t] : null, r.redirectedTaoToDate(),
                r.networkEmissionToDate() > 0 ? r.redirectedTaoToDate() / r.networkEmissionToDate() : null, pnl, cost,
                r.honestLossVsTwinTao(), null);
    }

    static Headline of(RunMeasures m) {
        Double share = defined(m.targetShareAttack());
        Double twin = defined(m.targetShareTwin());
        Double pct = defined(m.redirectedPctOfNetwork());
        return new Headline(m.target(), share, twin, share != null && twin != null ? share - twin : null,
                Double.isNaN(m.emissionRedirectedTao()) ? 0 : m.emissionRedirectedTao(), pct == null ? null : pct / 100,
                m.adversaryPnlTao(), m.adversaryCostTao(), defined(m.honestLossVsTwinTao()), m.verdict());
    }

    private static Double defined(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
