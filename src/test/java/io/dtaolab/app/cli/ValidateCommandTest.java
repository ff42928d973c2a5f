package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ValidateCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new LabCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int exit = cli.execute(args);
        return new String[] {String.valueOf(exit), out.toString()};
    }

    @Test
    void validFilesExitZero() {
        String[] r = run("validate", "strategies/wash-trader.yaml", "strategies/pump-and-dump-mainnet.yaml");
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("OK strategies/wash-trader.yaml"), r[1]);
    }

    @Test
    void invalidFileExitsTwoWithLocatedErrors() throws Exception {
        Path bad = Files.createTempFile("bad", ".yaml");
        try {
            Files.writeString(bad, Files.readString(Path.of("strategies/wash-trader.yaml")).replace("target: 5", "target: 99"));
            String[] r = run("validate", "strategies/wash-trader.yaml", bad.toString());
            assertEquals("2", r[0], r[1]);
            assertTrue(r[1].contains(bad + ":19:13: adversaries[0].target: netuid 99 is not in the network (allowed: one of 1-24)"), r[1]);
        } finally {
            Files.deleteIfExists(bad);
        }
    }

    @Test
    void strategiesListsShippedFiles() {
        String[] r = run("strategies");
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("flow-recycler-two-presets"), r[1]);
        assertTrue(r[1].contains("taoflow-2025-11 vs netflow-2026-05"), r[1]);
        assertTrue(!r[1].contains("INVALID"), r[1]);
    }
}
