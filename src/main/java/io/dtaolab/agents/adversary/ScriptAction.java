package io.dtaolab.agents.adversary;

import java.util.Arrays;
import java.util.List;

/**
 * One step of a scripted adversary, at a block offset from the run start. Which fields matter depends on the kind:
 * {@code stake} buys {@code amountRao} TAO of {@code netuid}; {@code unstake} sells {@code fraction} of the key's
 * position on {@code netuid}; {@code move} moves {@code fraction} of it to {@code toNetuid}. {@code coldkey} is an
 * index into the adversary's own keys.
 */
public record ScriptAction(long at, Kind kind, int netuid, int toNetuid, long amountRao, double fraction, int coldkey) {

    /** The action kinds, by the names strategy files use. */
    public enum Kind {
        STAKE("stake"), UNSTAKE("unstake"), MOVE("move");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static java.util.Optional<Kind> byId(String id) {
            return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Kind::id).toList();
        }
    }

    public ScriptAction {
        if (at < 0 || coldkey < 0 || amountRao < 0 || !(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("script action out of range: " + kind + " at " + at);
        }
    }
}
