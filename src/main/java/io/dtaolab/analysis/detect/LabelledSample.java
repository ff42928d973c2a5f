package io.dtaolab.analysis.detect;

/** One labelled world of a sweep: the attack world of a case (positive for its detector) or its twin (negative). */
public record LabelledSample(String strategy, String expectedDetector, long seed, boolean attack, int target,
                             long attackStartBlock, boolean anySubnet, WorldDetection detection) {

    /** Blocks from attack start to the detector's first alarm on the target (or anywhere), -1 when none. */
    public long delay(String detector) {
        for (Alarm a : detection.alarms()) {
            if (a.detector().equals(detector) && (anySubnet || a.netuid() == target) && a.block() >= attackStartBlock) {
                return a.block() - attackStartBlock;
            }
        }
        return -1;
    }

    public boolean anyAlarm(String detector) {
        return detection.alarms().stream().anyMatch(a -> a.detector().equals(detector));
    }
}
