package io.dtaolab.scenario;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Duration syntax of strategy files: {@code 30d}, {@code 12h}, {@code 90m}, {@code 7200b}; one block is 12 s. */
public final class Durations {
    public static final long BLOCKS_PER_DAY = 7_200;
    public static final long BLOCKS_PER_HOUR = 300;
    public static final long BLOCKS_PER_MINUTE = 5;
    public static final String SYNTAX = "a duration such as 30d, 12h, 90m or 7200b (1 block = 12 s)";

    private static final Pattern FORM = Pattern.compile("([0-9]{1,9})([dhmb])");

    private Durations() {
    }

    /** Blocks for a duration string, or empty when the text is not in the syntax. */
    public static OptionalLong blocks(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        long n = Long.parseLong(m.group(1));
        return OptionalLong.of(switch (m.group(2)) {
            case "d" -> n * BLOCKS_PER_DAY;
            case "h" -> n * BLOCKS_PER_HOUR;
            case "m" -> n * BLOCKS_PER_MINUTE;
            default -> n;
        });
    }

    /** Shortest exact rendering: 216000 → "30d", 450 → "90m", 7 → "7b". */
    public static String format(long blocks) {
        if (blocks > 0 && blocks % BLOCKS_PER_DAY == 0) {
            return blocks / BLOCKS_PER_DAY + "d";
        }
        if (blocks > 0 && blocks % BLOCKS_PER_HOUR == 0) {
            return blocks / BLOCKS_PER_HOUR + "h";
        }
        if (blocks > 0 && blocks % BLOCKS_PER_MINUTE == 0) {
            return blocks / BLOCKS_PER_MINUTE + "m";
        }
        return blocks + "b";
    }
}
