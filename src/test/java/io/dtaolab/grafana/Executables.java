package io.dtaolab.grafana;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the Prometheus binaries; CI installs them from Debian's {@code prometheus} package. */
final class Executables {
    private Executables() {
    }

    /** The binary on PATH; a missing one fails the test instead of skipping it. */
    static Path require(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError(name + " is not on PATH; install it with: apt-get install -y --no-install-recommends prometheus");
    }
}
