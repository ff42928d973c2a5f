package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's strategy example, saved as my.yaml next to a checkout's strategies/ (the working directory the README
 * assumes), and the same file moved to strategies/mine/, validate as the README says.
 */
class ReadmeExampleTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    private static String example() throws Exception {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        Matcher m = Pattern.compile("### Example\\s+```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README has a ### Example yaml block");
        return m.group(1);
    }

    @Test
    void theReadmesMyYamlValidatesFromTheCheckoutAndFromASubdirectory() throws Exception {
        String yaml = example();
        assertTrue(yaml.contains("snapshot:"), "the example uses the shipped snapshot");
        Path networks = Files.createDirectories(tmp.resolve("strategies/networks"));
        Files.copy(PROJECT.resolve("strategies/networks/mainnet-2026-09-30.csv"), networks.resolve("mainnet-2026-09-30.csv"));
        Files.writeString(tmp.resolve("my.yaml"), yaml);
        Files.writeString(Files.createDirectories(tmp.resolve("strategies/mine")).resolve("my.yaml"), yaml);
        for (String file : new String[] {"my.yaml", "strategies/mine/my.yaml"}) {
            CliProcess r = CliProcess.run(tmp, "validate", file);
            assertEquals(0, r.exit(), () -> file + ": " + r.out() + r.err());
        }
    }
}
