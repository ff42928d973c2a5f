package io.dtaolab.analysis.detect;

import java.util.Collection;
import java.util.stream.Collectors;

/** How alarms name the coldkeys they blame: sorted, at most {@value #MAX_KEYS} listed, then how many more. */
final class Attribution {
    static final int MAX_KEYS = 12;

    private Attribution() {
    }

    static String keys(Collection<Integer> coldkeys) {
        String listed = coldkeys.stream().sorted().limit(MAX_KEYS).map(String::valueOf).collect(Collectors.joining(", "));
        int more = coldkeys.size() - MAX_KEYS;
        return "[" + listed + (more > 0 ? ", … " + more + " more" : "") + "]";
    }
}
