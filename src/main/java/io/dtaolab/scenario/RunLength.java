package io.dtaolab.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a run length given apart from the file ({@code --blocks}, the API's {@code blocks}) against the
 * adversaries' schedules: a run that ends before an adversary starts would report an attack that never happened.
 */
public final class RunLength {
    private RunLength() {
    }

    /** One message per adversary that would not start within {@code blocks}; empty when the length is fine. */
    public static List<String> problems(StrategySpec spec, long blocks) {
        List<String> out = new ArrayList<>();
        for (AdversarySpec a : spec.adversaries()) {
            if (a.startBlock() >= blocks) {
                out.add("run length " + blocks + " blocks (" + Durations.format(blocks) + ") ends before adversary '" + a.id()
                        + "' starts at block " + a.startBlock() + " (" + Durations.format(a.startBlock())
                        + "); allowed: more than " + a.startBlock() + " blocks");
            }
        }
        return out;
    }
}
