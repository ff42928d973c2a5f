package io.dtaolab.experiment.compare;

/**
 * One preset's column of a comparison (TAO amounts in TAO). {@code firstAlarmDelayBlocks} is -1 when no detector
 * alarmed on the target after the attack began.
 */
public record PresetResult(String preset, double emissionRedirectedTao, double redirectedPctOfNetwork,
                           double adversaryCostTao, double adversaryPnlTao, double maxCapitalAtRiskTao,
                           long firstAlarmDelayBlocks, String firstAlarmDetector, int alarms, int twinAlarms,
                           String verdict) {
}
