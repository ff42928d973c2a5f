package io.dtaolab.experiment.compare;

/**
 * One preset's column of a comparison (TAO amounts in TAO). {@code firstAlarmDelayBlocks} is -1 when no detector
 * alarmed on the target after the attack began.
 */
public record PresetResult(String preset, double emissionRedirectedTao, double redirectedPctOfNetwork,
                           double adversaryCostTao, double adversaryPnlTao, double maxCapitalAtRiskTao,
                           long firstAlarmDelayBlocks, String firstAlarmDetector, int alarms, int twinAlarms,
                           String verdict) {

    /** A preset's column from its monitored run (measures read from the run's measure record). */
    public static PresetResult of(String preset, io.dtaolab.experiment.detect.MonitoredRun.Result r) {
        io.dtaolab.analysis.RunMeasures m = io.dtaolab.analysis.Measures.of(r.data());
        io.dtaolab.analysis.detect.RunDetection d = r.detection();
        return new PresetResult(preset, m.emissionRedirectedTao(), m.redirectedPctOfNetwork(), m.adversaryCostTao(),
                m.adversaryPnlTao(), m.maxCapitalAtRiskTao(), d.firstAlarmDelayBlocks(), d.firstAlarmDetector(),
                d.alarms().size(), d.twinAlarms().size(), m.verdict());
    }
}
