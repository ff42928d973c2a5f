package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.scenario.RunLength;
import io.dtaolab.scenario.StrategyFuzzTest;
import io.dtaolab.scenario.StrategySpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code validate} and {@code run}'s admission see the same mutated strategy and snapshot files and must agree,
 * without a stack trace; the loader's located errors must catch everything (the world-building backstop never
 * fires); about every 50th admitted file really runs, as long as the file allows (every adversary starts). {@code -Dfuzz.cases=N} (default 1,000; README: 10,000).
 */
class AdmissionFuzzTest {
    static final int CASES = Integer.getInteger("fuzz.cases", 1_000);
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path SNAPSHOT = PROJECT.resolve("strategies/networks/mainnet-2026-09-30.csv");
    static final String[] CSV_VALUES = {"0", "-1", "4096", "4097", "65535", "99999999999999999999", "1e30", "-0", "NaN",
            "", "\"\"", "0.0000000001", "9223372036854775807", "18446744073709551616", "1e-400", "x", "\"1,2\""};

    @TempDir
    Path tmp;

    @Test
    void validateAndRunAdmissionAgreeOnEveryMutation() throws Exception {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(PROJECT.resolve("strategies"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                sources.add(Files.readString(p));
            }
        }
        List<String> csv = Files.readAllLines(SNAPSHOT);
        Path dir = Files.createDirectories(tmp.resolve("strategies/networks"));
        SplittableRandom random = new SplittableRandom(Long.getLong("fuzz.seed", 14L));
        int admittedCount = 0;
        int snapshotMutations = 0;
        int ranCount = 0;
        for (int i = 0; i < CASES; i++) {
            Path file = tmp.resolve("strategies/case.yaml");
            Files.write(file, StrategyFuzzTest.mutate(sources.get(random.nextInt(sources.size())), random));
            boolean mutateCsv = random.nextInt(3) == 0;
            snapshotMutations += mutateCsv ? 1 : 0;
            Files.write(dir.resolve(SNAPSHOT.getFileName()), (mutateCsv ? mutateCsv(csv, random) : csv), StandardCharsets.UTF_8);
            String input = "case " + i + "\n--- strategy ---\n" + Files.readString(file, StandardCharsets.ISO_8859_1);

            Outcome validate = capture(() -> {
                StringWriter out = new StringWriter();
                CommandLine cli = new CommandLine(new LabCommand());
                cli.setOut(new PrintWriter(out, true));
                int exit = cli.execute("validate", file.toString());
                System.out.print(out);
                return exit == 0;
            });
            Outcome admission = capture(() -> {
                RunCommand run = new RunCommand();
                run.file = file;
                run.out = tmp.resolve("out");
                return run.admit().isPresent();
            });
            assertEquals(validate.accepted(), admission.accepted(), () -> "validate and run disagree on " + input
                    + "\nvalidate: " + validate.output() + "\nrun: " + admission.output());
            for (Outcome o : List.of(validate, admission)) {
                assertFalse(o.output().contains("\tat ") || o.output().contains("Exception"), () -> o.output() + input);
                assertFalse(o.output().contains("the run cannot start"), () -> "the loader let through what the "
                        + "engine cannot build: " + o.output() + input);
            }
            admittedCount += admission.accepted() ? 1 : 0;
            if ((i + 1) % 1_000 == 0) {
                System.out.printf("admission fuzz: %d cases so far, %d admitted%n", i + 1, admittedCount);
            }
            if (admission.accepted() && admittedCount > 50 * ranCount) {
                // the shortest run the file allows (every adversary must start), so the sample stays cheap
                RunCommand probe = new RunCommand();
                probe.file = file;
                probe.out = tmp.resolve("out");
                StrategySpec spec = probe.admit().orElseThrow().spec();
                long blocks = spec.adversaries().stream().mapToLong(a -> a.startBlock() + 1).max().orElse(1);
                if (blocks > 20_000 || !RunLength.problems(spec, blocks).isEmpty()) {
                    continue;
                }
                ranCount++;
                CommandLine cli = new CommandLine(new LabCommand());
                Outcome ran = capture(() -> cli.execute("run", file.toString(), "--blocks", Long.toString(blocks),
                        "--no-detectors", "--out", tmp.resolve("out").toString()) == 0);
                assertTrue(ran.accepted(), () -> "admitted but failed to run: " + ran.output() + input);
            }
        }
        System.out.printf("admission fuzz: %d cases, %d admitted, %d of them run, %d with a mutated snapshot%n", CASES,
                admittedCount, ranCount, snapshotMutations);
        assertTrue(admittedCount >= CASES / 20, "enough mutations stay valid to exercise run admission: " + admittedCount);
    }

    private static List<String> mutateCsv(List<String> csv, SplittableRandom r) {
        List<String> lines = new ArrayList<>(csv);
        for (int s = 0; s < 1 + r.nextInt(3); s++) {
            int at = 1 + r.nextInt(lines.size() - 1);
            switch (r.nextInt(5)) {
                case 0 -> lines.set(at, lines.get(at).replaceFirst("^[^,]*", CSV_VALUES[r.nextInt(CSV_VALUES.length)]));
                case 1 -> {
                    String[] cells = lines.get(at).split(",", -1);
                    cells[r.nextInt(cells.length)] = CSV_VALUES[r.nextInt(CSV_VALUES.length)];
                    lines.set(at, String.join(",", cells));
                }
                case 2 -> lines.add(at, lines.get(at));
                case 3 -> lines.remove(r.nextBoolean() ? at : 0);
                default -> lines.subList(at, lines.size()).clear();
            }
            if (lines.size() < 2) {
                break;
            }
        }
        return lines;
    }

    private record Outcome(boolean accepted, String output) {
    }

    private interface Step {
        boolean run() throws Exception;
    }

    /** Runs a step with System.out and System.err captured; an exception escaping it counts as a stack trace. */
    private static Outcome capture(Step step) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            boolean accepted = step.run();
            return new Outcome(accepted, buf.toString(StandardCharsets.UTF_8));
        } catch (Exception | Error e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return new Outcome(false, buf.toString(StandardCharsets.UTF_8) + trace);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
