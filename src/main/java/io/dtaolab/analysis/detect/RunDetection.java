package io.dtaolab.analysis.detect;

import io.dtaolab.engine.RunData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The detection part of a run report: the attack world's alarms, alarms on the honest twin (false alarms by
 * construction), and the first alarm on the target at or after the attack began, with its delay in blocks
 * (-1 when none). Blocks are chain heights; {@code runStartBlock} is the chain height at which measurement began.
 */
public record RunDetection(List<Alarm> alarms, List<Alarm> twinAlarms, int target, long attackStartBlock,
                           long firstAlarmBlock, long firstAlarmDelayBlocks, String firstAlarmDetector,
                           Map<String, Integer> alarmsByDetector, long runStartBlock) {

    public RunDetection {
        alarms = List.copyOf(alarms);
        twinAlarms = List.copyOf(twinAlarms);
        alarmsByDetector = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alarmsByDetector));
    }

    public static RunDetection of(RunData data, WorldDetection attack, WorldDetection twin) {
        int target = data.targets().isEmpty() ? 0 : data.targets().get(0).netuid();
        long start = data.targets().stream().mapToLong(RunData.Target::startBlock).min().orElse(data.startChainBlock());
        Alarm first = null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : DetectorBank.names()) {
            counts.put(name, 0);
        }
        for (Alarm a : attack.alarms()) {
            counts.merge(a.detector(), 1, Integer::sum);
            if (first == null && a.block() >= start && (target == 0 || a.netuid() == target)) {
                first = a;
            }
        }
        return new RunDetection(attack.alarms(), twin == null ? List.of() : twin.alarms(), target, start,
                first == null ? -1 : first.block(), first == null ? -1 : first.block() - start,
                first == null ? "" : first.detector(), counts, data.startChainBlock());
    }

    public boolean detected() {
        return firstAlarmBlock >= 0;
    }
}
