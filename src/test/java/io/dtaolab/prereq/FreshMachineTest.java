package io.dtaolab.prereq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's test command is the script that installs what the tests need and then runs them, and CI runs that
 * same script: every program a test requires ({@link Prerequisites}) is installed by it, from the same package.
 */
class FreshMachineTest {
    static final Path SCRIPT = Path.of("test.sh");

    @Test
    void theReadmeTestCommandIsTheScriptCiRuns() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("Run the tests[^\\n]*:\\n\\n {4}(\\S[^\\n]*)\\n").matcher(readme);
        assertTrue(m.find(), "README has a 'Run the tests' command");
        assertEquals("./test.sh", m.group(1).strip());
        List<String> ci = commands(Files.readString(Path.of(".ci/run")));
        assertEquals("exec ./test.sh", ci.get(ci.size() - 1), ".ci/run ends by running the README's command: " + ci);
        assertTrue(Files.isExecutable(SCRIPT), "test.sh is executable");
        List<String> script = commands(Files.readString(SCRIPT));
        assertEquals("./mvnw -B verify \"$@\"", script.get(script.size() - 1), "test.sh ends with the whole suite");
    }

    @Test
    void theScriptInstallsEveryProgramATestRequires() throws IOException {
        String script = Files.readString(SCRIPT);
        Matcher programs = Pattern.compile("PROGRAMS=\\(([^)]*)\\)").matcher(script);
        assertTrue(programs.find(), "test.sh lists its programs");
        List<String> listed = List.of(programs.group(1).trim().split("\\s+"));
        for (Prerequisites p : Prerequisites.values()) {
            assertTrue(listed.contains(p.program()), "test.sh checks for " + p.program());
            assertTrue(script.contains("[" + p.program() + "]=" + p.debianPackage()),
                    "test.sh installs " + p.program() + " from Debian's " + p.debianPackage());
        }
    }

    private static List<String> commands(String script) {
        return script.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
