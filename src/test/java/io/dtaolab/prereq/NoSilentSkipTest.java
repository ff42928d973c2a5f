package io.dtaolab.prereq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * A test whose program is missing fails loudly: no test source skips by itself (assumptions, disabling
 * annotations, aborted-test exceptions); the only way to skip is {@link Prerequisites}' documented opt-out.
 */
class NoSilentSkipTest {
    static final Path TESTS = Path.of("src/test/java");
    static final Pattern SKIP = Pattern.compile("\\bAssumptions\\b|\\bassume(True|False|That)\\s*\\(|\\bassumingThat\\s*\\("
            + "|org\\.junit\\.Assume\\b|@(Disabled|EnabledIf|DisabledIf|EnabledOn|DisabledOn|EnabledFor|DisabledFor)\\w*"
            + "|TestAbortedException|\\bAssume\\.that\\s*\\(");

    @Test
    void noTestSourceSkipsOnItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (f.endsWith("prereq/Prerequisites.java") || f.endsWith("prereq/NoSilentSkipTest.java")) {
                    continue;
                }
                found.addAll(skips(f, Files.readString(f)));
            }
        }
        assertTrue(found.isEmpty(), "tests that skip instead of failing (use Prerequisites.X.require): " + found);
    }

    @Test
    void theScanFindsEveryKindOfSkip() {
        String source = String.join("\n", "import org.junit.jupiter.api." + "Assumptions;",
                "  " + "assumeTrue(Files.exists(p));", "@" + "EnabledIfSystemProperty(named = \"x\")",
                "@" + "Disabled(\"later\")", "throw new " + "TestAbortedException();", "ok();");
        assertEquals(5, skips(Path.of("Fake.java"), source).size());
    }

    @Test
    void aMissingProgramFailsNamingThePackageToInstall(@TempDir Path empty) {
        for (Prerequisites p : Prerequisites.values()) {
            assertEquals(Optional.empty(), p.find(List.of(empty)), p + " is not in an empty directory");
            String message = p.missingMessage("the test");
            assertTrue(message.contains("apt-get install -y --no-install-recommends " + p.debianPackage())
                    && message.contains("./test.sh") && message.contains(Prerequisites.OPT_OUT), message);
        }
        AssertionError e = assertThrows(AssertionError.class, () -> Prerequisites.CHROMIUM.resolve(List.of(empty), "x", false));
        assertEquals(Prerequisites.CHROMIUM.missingMessage("x"), e.getMessage());
        assertThrows(TestAbortedException.class, () -> Prerequisites.CHROMIUM.resolve(List.of(empty), "x", true),
                "skipped only under the explicit opt-out");
    }

    @Test
    void anInstalledProgramIsFound(@TempDir Path dir) throws IOException {
        Path fake = dir.resolve("promtool");
        Files.writeString(fake, "#!/bin/sh\n");
        assertTrue(fake.toFile().setExecutable(true));
        assertEquals(Optional.of(fake), Prerequisites.PROMTOOL.find(List.of(dir)));
        assertEquals(fake, Prerequisites.PROMTOOL.resolve(List.of(dir), "x", false));
    }

    static List<String> skips(Path file, String source) {
        List<String> found = new ArrayList<>();
        Matcher m = SKIP.matcher(source);
        while (m.find()) {
            long line = source.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(file + ":" + line + ": " + m.group());
        }
        return found;
    }
}
