package io.dtaolab.prereq;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs some tests drive, and the one place that decides what happens when one is missing: the test fails,
 * naming the program and the Debian package that brings it ({@code ./test.sh} installs them all). A developer
 * without them may opt out with {@code -Dlab.tests.allow-missing-prerequisites=true}; the test is then skipped with
 * the same message. Nothing else in the test sources may skip a test (NoSilentSkipTest checks).
 */
public enum Prerequisites {
    CHROMIUM("chromium", "chromium"),
    CHROMEDRIVER("chromedriver", "chromium-driver"),
    PROMTOOL("promtool", "prometheus"),
    PROMETHEUS("prometheus", "prometheus");

    public static final String OPT_OUT = "lab.tests.allow-missing-prerequisites";

    private final String program;
    private final String debianPackage;

    Prerequisites(String program, String debianPackage) {
        this.program = program;
        this.debianPackage = debianPackage;
    }

    public String program() {
        return program;
    }

    public String debianPackage() {
        return debianPackage;
    }

    /** The program's path; fails the test (or skips it under the opt-out) when it is not installed. */
    public Path require(String neededFor) {
        return resolve(searchPath(), neededFor, Boolean.getBoolean(OPT_OUT));
    }

    Path resolve(List<Path> dirs, String neededFor, boolean optOut) {
        Optional<Path> found = find(dirs);
        if (found.isPresent()) {
            return found.get();
        }
        String message = missingMessage(neededFor);
        if (optOut) {
            System.out.println("SKIPPED (" + OPT_OUT + "=true): " + message);
            Assumptions.abort(message);
        }
        throw new AssertionError(message);
    }

    /** Where the program is among {@code dirs} (PATH, then /usr/bin for Debian's chromium and chromedriver). */
    public Optional<Path> find(List<Path> dirs) {
        return dirs.stream().map(d -> d.resolve(program)).filter(Files::isExecutable).findFirst();
    }

    public String missingMessage(String neededFor) {
        return program + " is not installed, and " + neededFor + " needs it. Run the tests with ./test.sh (it installs "
                + "what they need), or install it: apt-get install -y --no-install-recommends " + debianPackage
                + ". To skip such tests on purpose: -D" + OPT_OUT + "=true";
    }

    static List<Path> searchPath() {
        List<Path> dirs = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir));
            }
        }
        dirs.add(Path.of("/usr/bin"));
        return dirs;
    }
}
