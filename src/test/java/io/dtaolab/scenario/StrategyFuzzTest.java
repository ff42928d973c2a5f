package io.dtaolab.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Mutated shipped files must always give a valid spec or a non-empty error list, quickly and without crashing. */
public class StrategyFuzzTest {
    static final int CASES = 2_400;
    static final String[] VALUES = {"-1", "0", "1e308", "99999999999999999999999999", "1e999999999", ".nan", ".inf", "true",
            "null", "~", "\"\"", "[]", "{}", "[1, [2, [3]]]", "'x'", "*anchor", "&a 1", "!!binary aGVsbG8=", "!!float 1",
            "\"\\u0000\"", "0x1F", "1_000", "2d", "-3d", "current-2026-06", "{ count: 1 }", "- 1"};

    @Test
    void mutationsNeverEscapeOrHang() throws Exception {
        List<String> sources = new ArrayList<>();
        for (Path p : ShippedStrategiesTest.shipped()) {
            sources.add(Files.readString(p));
        }
        SplittableRandom random = new SplittableRandom(20260930L);
        int[] valid = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < CASES; i++) {
                byte[] content = mutate(sources.get(random.nextInt(sources.size())), random);
                String name = random.nextInt(10) == 0 ? "case" + i + ".json" : "case" + i + ".yaml";
                LoadResult r = StrategyLoader.check(name, content, ShippedStrategiesTest.DIR);
                if (r instanceof LoadResult.Invalid inv) {
                    assertFalse(inv.errors().isEmpty());
                    for (FieldError e : inv.errors()) {
                        assertFalse(e.message().startsWith(StrategyLoader.INTERNAL),
                                () -> e.format() + "\n--- input ---\n" + new String(content, StandardCharsets.UTF_8));
                        assertTrue(e.line() >= 1 && e.column() >= 1, e::format);
                    }
                } else {
                    valid[0]++;
                }
            }
        });
        assertTrue(valid[0] > 0, "some mutations keep the file valid");
    }

    public static byte[] mutate(String source, SplittableRandom r) {
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        int steps = 1 + r.nextInt(3);
        for (int s = 0; s < steps; s++) {
            int at = r.nextInt(lines.size());
            switch (r.nextInt(9)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> {
                    int other = r.nextInt(lines.size());
                    String a = value(lines.get(at));
                    String b = value(lines.get(other));
                    if (a != null && b != null) {
                        lines.set(at, key(lines.get(at)) + b);
                        lines.set(other, key(lines.get(other)) + a);
                    }
                }
                case 3 -> {
                    if (value(lines.get(at)) != null) {
                        lines.set(at, key(lines.get(at)) + VALUES[r.nextInt(VALUES.length)]);
                    }
                }
                case 4 -> {
                    String text = String.join("\n", lines);
                    return text.substring(0, r.nextInt(text.length() + 1)).getBytes(StandardCharsets.UTF_8);
                }
                case 5 -> {
                    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                    for (int k = 0; k < 1 + r.nextInt(8); k++) {
                        bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
                    }
                    return bytes;
                }
                case 6 -> {
                    if (value(lines.get(at)) != null) {
                        lines.set(at, key(lines.get(at)) + (r.nextBoolean() ? "9".repeat(1 + r.nextInt(400)) : "-1e" + r.nextInt(100_000)));
                    }
                }
                case 7 -> {
                    int depth = 1 + r.nextInt(200);
                    String nest = r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
                    lines.set(at, (value(lines.get(at)) != null ? key(lines.get(at)) : "x: ") + nest);
                }
                default -> {
                    String line = lines.get(at);
                    int cut = r.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, cut) + (char) (32 + r.nextInt(95)) + line.substring(cut));
                }
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String key(String line) {
        return line.substring(0, line.indexOf(':') + 2);
    }

    private static String value(String line) {
        int colon = line.indexOf(':');
        if (colon < 0 || line.stripLeading().startsWith("#") || colon + 2 > line.length()) {
            return null;
        }
        return line.substring(colon + 2);
    }
}
