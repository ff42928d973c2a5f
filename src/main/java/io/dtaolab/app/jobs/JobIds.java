package io.dtaolab.app.jobs;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random job ids safe as directory names: a one-letter kind, a dash, 12 hex digits. */
public final class JobIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private JobIds() {
    }

    public static String next(String prefix) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return prefix + "-" + HexFormat.of().formatHex(bytes);
    }
}
