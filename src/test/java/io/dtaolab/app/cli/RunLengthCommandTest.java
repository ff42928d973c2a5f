package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A run length that ends before an adversary starts is an input error; a setting the preset ignores is a warning. */
class RunLengthCommandTest {
    @TempDir
    Path dir;

    @Test
    void runEndingBeforeTheAttackStartsExitsTwoNamingAdversaryAndBlocks() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = new CommandLine(new LabCommand()).execute("run", "strategies/pump-and-dump-mainnet.yaml", "--blocks", "7200",
                    "--out", dir.resolve("run").toString());
        } finally {
            System.setErr(err);
        }
        String msg = captured.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, msg);
        assertTrue(msg.contains("run length 7200 blocks (1d) ends before adversary 'pumper' starts at block 14400 (2d)"), msg);
        assertTrue(Files.notExists(dir.resolve("run")), "nothing is run or written");
    }

    @Test
    void overrideThePresetNeverReadsIsAWarning() throws Exception {
        Path f = dir.resolve("fee-under-launch.yaml");
        Files.writeString(f, Files.readString(Path.of("strategies/wash-trader.yaml"))
                .replaceFirst("(?m)^preset: .*$", "preset: launch-2025-02\noverrides: { feeRateU16: 300, flowExponent: 2 }"));
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new LabCommand());
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("validate", f.toString()), out.toString());
        assertTrue(out.toString().contains("warning: " + f + ": overrides.feeRateU16 has no effect on emission under preset "
                + "launch-2025-02 (its constant-product pool charges a flat fee)"), out.toString());
        assertTrue(out.toString().contains("overrides.flowExponent has no effect"), out.toString());
    }
}
