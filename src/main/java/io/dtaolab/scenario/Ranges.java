package io.dtaolab.scenario;

import java.util.Set;

/** Compact text for a set of netuids: {@code 1-32} or {@code 1-58, 60-128}. */
final class Ranges {
    private Ranges() {
    }

    static String describe(Set<Integer> sortedIds) {
        StringBuilder out = new StringBuilder();
        Integer runStart = null;
        Integer prev = null;
        for (int id : sortedIds.stream().sorted().toList()) {
            if (prev != null && id == prev + 1) {
                prev = id;
                continue;
            }
            append(out, runStart, prev);
            runStart = id;
            prev = id;
        }
        append(out, runStart, prev);
        return out.toString();
    }

    private static void append(StringBuilder out, Integer from, Integer to) {
        if (from == null) {
            return;
        }
        if (out.length() > 0) {
            out.append(", ");
        }
        out.append(from.equals(to) ? String.valueOf(from) : from + "-" + to);
    }
}
