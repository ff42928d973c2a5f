package io.dtaolab.analysis.report;

import io.dtaolab.analysis.detect.Alarm;
import java.util.List;

/**
 * The grid of the alarm chart's plot area (about 830 × 234 px) in cells of about 3 × 3 px, half an alarm marker: two
 * alarms of one detector in one cell look the same on the page.
 */
record AlarmPixels(double fromDay, double toDay, double minScore, double maxScore) {
    static final int COLUMNS = 300;
    static final int ROWS = 80;

    static AlarmPixels of(List<Alarm> alarms, double fromDay, double toDay) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Alarm a : alarms) {
            min = Math.min(min, a.score());
            max = Math.max(max, a.score());
        }
        return new AlarmPixels(fromDay, toDay, min, max);
    }

    /** The cell an alarm at this day and score is drawn in. */
    long cell(double day, double score) {
        long column = bucket(day, fromDay, toDay, COLUMNS);
        long row = bucket(score, minScore, maxScore, ROWS);
        return column * (ROWS + 1) + row;
    }

    private static long bucket(double value, double from, double to, int cells) {
        if (!(to > from)) {
            return 0;
        }
        double at = (value - from) / (to - from) * cells;
        return Math.max(0, Math.min(cells, (long) Math.floor(at)));
    }
}
