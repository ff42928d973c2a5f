package io.dtaolab.experiment.sweep;

import io.dtaolab.analysis.RunMeasures;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The numeric headline measures of a run that a sweep records and can aggregate; names are RunMeasures' fields. */
public enum Measure {
    emissionRedirectedTao(RunMeasures::emissionRedirectedTao),
    redirectedPctOfNetwork(RunMeasures::redirectedPctOfNetwork),
    networkEmissionTao(RunMeasures::networkEmissionTao),
    targetShareAttack(RunMeasures::targetShareAttack),
    targetShareTwin(RunMeasures::targetShareTwin),
    targetShareDeviationMax(RunMeasures::targetShareDeviationMax),
    emaDisplacementMax(RunMeasures::emaDisplacementMax),
    emaDisplacementAtStop(RunMeasures::emaDisplacementAtStop),
    emaDecayBlocks(m -> m.emaDecayBlocks() < 0 ? Double.NaN : m.emaDecayBlocks()),
    adversaryPnlTao(RunMeasures::adversaryPnlTao),
    adversaryCostTao(RunMeasures::adversaryCostTao),
    maxCapitalAtRiskTao(RunMeasures::maxCapitalAtRiskTao),
    emissionCapturedPerTaoAtRisk(RunMeasures::emissionCapturedPerTaoAtRisk),
    adversaryBudgetTao(RunMeasures::adversaryBudgetTao),
    honestLossVsTwinTao(RunMeasures::honestLossVsTwinTao),
    victimSlippageTao(RunMeasures::victimSlippageTao);

    private final ToDoubleFunction<RunMeasures> extractor;

    Measure(ToDoubleFunction<RunMeasures> extractor) {
        this.extractor = extractor;
    }

    public double of(RunMeasures m) {
        return extractor.applyAsDouble(m);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
