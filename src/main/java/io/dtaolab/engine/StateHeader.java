package io.dtaolab.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text head of a state file, readable with {@code head}: the format version, the fingerprint of the warm-up
 * ({@link StateFingerprint}), the chain block it ends at, the code that wrote it (one line per class), the payload's
 * sizes, and a checksum over all of this and the payload. Ends with an empty line; the deflated payload follows.
 */
public record StateHeader(int format, StateFingerprint fingerprint, long chainBlock, String codeSha256,
                          List<String> classes, long payloadBytes, long deflatedBytes, String checksum, long headerBytes) {
    /** The version of the file format; a reader refuses any other. */
    public static final int FORMAT = 1;
    static final String MAGIC = "dtao-stress-lab world state";
    /** The header may be at most this long (it lists a few hundred classes). */
    static final int MAX_HEADER_BYTES = 1 << 20;

    public StateHeader {
        classes = List.copyOf(classes);
    }

    static StateHeader of(StateFingerprint fingerprint, long chainBlock, CodeDigest code, long payloadBytes,
                          long deflatedBytes) {
        return new StateHeader(FORMAT, fingerprint, chainBlock, code.sha256(), code.classes(), payloadBytes, deflatedBytes,
                "", 0);
    }

    /** This header with its checksum over its fields and the payload (whose SHA-256 is given). */
    StateHeader withChecksum(byte[] payloadSha256) {
        StateHeader h = new StateHeader(format, fingerprint, chainBlock, codeSha256, classes, payloadBytes, deflatedBytes,
                "", 0);
        String sum = checksumOf(h, payloadSha256);
        StateHeader done = new StateHeader(format, fingerprint, chainBlock, codeSha256, classes, payloadBytes,
                deflatedBytes, sum, 0);
        return new StateHeader(format, fingerprint, chainBlock, codeSha256, classes, payloadBytes, deflatedBytes, sum,
                done.text().getBytes(StandardCharsets.UTF_8).length);
    }

    static String checksumOf(StateHeader h, byte[] payloadSha256) {
        return "sha256:" + SpecDigest.sha256((h.body() + HexFormat.of().formatHex(payloadSha256)).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole head as written, checksum line and the empty line included. */
    String text() {
        return body() + "checksum: " + checksum + "\n\n";
    }

    private String body() {
        StateFingerprint f = fingerprint;
        StringBuilder b = new StringBuilder(MAGIC).append('\n');
        line(b, "format", format);
        line(b, "strategy", f.strategy());
        line(b, "network", f.network());
        line(b, "network-sha256", f.networkSha256());
        line(b, "honest", f.honest());
        line(b, "honest-sha256", f.honestSha256());
        line(b, "preset", f.preset());
        line(b, "mechanism-sha256", f.mechanismSha256());
        line(b, "seed", f.seed());
        line(b, "warmup-blocks", f.warmupBlocks());
        line(b, "ordering", f.ordering());
        line(b, "chain-block", chainBlock);
        line(b, "code-sha256", codeSha256);
        for (String c : classes) {
            line(b, "class", c);
        }
        line(b, "payload-bytes", payloadBytes);
        line(b, "deflated-bytes", deflatedBytes);
        return b.toString();
    }

    private static void line(StringBuilder b, String key, Object value) {
        b.append(key).append(": ").append(String.valueOf(value).replace('\n', ' ').replace('\r', ' ')).append('\n');
    }

    /** Reads and parses the head of {@code in} (positioned at the file's start); every problem names {@code file}. */
    static StateHeader read(Path file, InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        long bytes = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new StateFileException(file, bytes == 0 ? "is empty" : "is truncated inside its header");
            }
            bytes++;
            if (bytes > MAX_HEADER_BYTES) {
                throw new StateFileException(file, "is not a state file (no end of header in its first "
                        + MAX_HEADER_BYTES + " bytes)");
            }
            if (c != '\n') {
                raw.write(c);
                continue;
            }
            String text = raw.toString(StandardCharsets.UTF_8);
            raw.reset();
            if (lines.isEmpty() && !text.equals(MAGIC)) {
                throw new StateFileException(file, "is not a state file (it does not start with \"" + MAGIC + "\")");
            }
            if (text.isEmpty()) {
                break;
            }
            lines.add(text);
        }
        return parse(file, lines.subList(1, lines.size()), bytes);
    }

    private static StateHeader parse(Path file, List<String> lines, long headerBytes) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> classes = new ArrayList<>();
        for (String l : lines) {
            int colon = l.indexOf(": ");
            if (colon < 0) {
                throw new StateFileException(file, "has a malformed header line: " + l);
            }
            String key = l.substring(0, colon);
            if (key.equals("class")) {
                classes.add(l.substring(colon + 2));
            } else if (values.put(key, l.substring(colon + 2)) != null) {
                throw new StateFileException(file, "has header key " + key + " twice");
            }
        }
        int format = (int) number(file, values, "format");
        if (format != FORMAT) {
            throw new StateFileException(file, "is in state format " + format + "; this build reads format " + FORMAT);
        }
        OrderingPolicy ordering;
        try {
            ordering = OrderingPolicy.valueOf(text(file, values, "ordering"));
        } catch (IllegalArgumentException e) {
            throw new StateFileException(file, "has an unknown ordering " + values.get("ordering"));
        }
        StateFingerprint f = new StateFingerprint(text(file, values, "strategy"), text(file, values, "network"),
                text(file, values, "network-sha256"), text(file, values, "honest"), text(file, values, "honest-sha256"),
                text(file, values, "preset"), text(file, values, "mechanism-sha256"), number(file, values, "seed"),
                number(file, values, "warmup-blocks"), ordering);
        long payload = number(file, values, "payload-bytes");
        long deflated = number(file, values, "deflated-bytes");
        if (payload < 0 || deflated < 0) {
            throw new StateFileException(file, "has negative sizes in its header");
        }
        return new StateHeader(format, f, number(file, values, "chain-block"), text(file, values, "code-sha256"), classes,
                payload, deflated, text(file, values, "checksum"), headerBytes);
    }

    private static String text(Path file, Map<String, String> values, String key) {
        String v = values.get(key);
        if (v == null) {
            throw new StateFileException(file, "has no " + key + " in its header");
        }
        return v;
    }

    private static long number(Path file, Map<String, String> values, String key) {
        String v = text(file, values, key);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new StateFileException(file, "has " + key + " \"" + v + "\" in its header, not a number");
        }
    }
}
