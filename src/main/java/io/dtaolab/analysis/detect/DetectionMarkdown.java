package io.dtaolab.analysis.detect;

import java.util.List;
import java.util.Locale;

/** The detection section of report.md: first alarm and its delay, alarms per detector, then the alarms. */
public final class DetectionMarkdown {
    static final int MAX_ROWS = 40;

    private DetectionMarkdown() {
    }

    public static String render(RunDetection d) {
        StringBuilder sb = new StringBuilder("\n## Detection\n\n");
        sb.append(firstAlarm(d)).append("\n\n| detector | alarms (attack world) | alarms on the twin |\n|---|---|---|\n");
        for (var e : d.alarmsByDetector().entrySet()) {
            long twin = d.twinAlarms().stream().filter(a -> a.detector().equals(e.getKey())).count();
            sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" | ").append(twin).append(" |\n");
        }
        List<Alarm> alarms = d.alarms();
        if (!alarms.isEmpty()) {
            sb.append("\n| block | detector | subnet | score | evidence |\n|---|---|---|---|---|\n");
            for (Alarm a : alarms.subList(0, Math.min(MAX_ROWS, alarms.size()))) {
                sb.append(String.format(Locale.ROOT, "| %d | %s | SN%d | %.2f | %s |%n", a.block(), a.detector(),
                        a.netuid(), a.score(), a.evidence().replace("|", "/")));
            }
            if (alarms.size() > MAX_ROWS) {
                sb.append("\n… and ").append(alarms.size() - MAX_ROWS).append(" more in report.json.\n");
            }
        }
        return sb.toString();
    }

    /** One sentence: who noticed first, and how long after the attack began (chain height and block of the run). */
    public static String firstAlarm(RunDetection d) {
        if (!d.detected()) {
            return d.target() > 0 ? "**No detector alarmed on the target** after the attack began at chain block "
                    + at(d, d.attackStartBlock()) + "." : "No adversary in this run.";
        }
        return String.format(Locale.ROOT, "**First alarm on SN%d:** %s at chain block %s, %d blocks (%.1f h) after the "
                        + "attack began.", d.target(), d.firstAlarmDetector(), at(d, d.firstAlarmBlock()),
                d.firstAlarmDelayBlocks(), d.firstAlarmDelayBlocks() * 12 / 3600.0);
    }

    /** "N (block M of the run)": the report's other figures count from the run's start, the chain from genesis. */
    private static String at(RunDetection d, long chainBlock) {
        return chainBlock + " (block " + (chainBlock - d.runStartBlock()) + " of the run)";
    }
}
