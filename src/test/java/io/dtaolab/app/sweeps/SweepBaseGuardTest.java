package io.dtaolab.app.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A posted sweep's base is a shipped strategy, compared by real path: a link in the directory cannot lead outside. */
class SweepBaseGuardTest {
    @TempDir
    Path tmp;

    private static byte[] sweep(String base) {
        return ("name: s\nbase: " + base + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Path strategies() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("strategies/sweeps")).getParent();
        Files.writeString(dir.resolve("shipped.yaml"), "name: shipped\n");
        return dir.toRealPath();
    }

    @Test
    void aShippedStrategyIsAcceptedWrittenEitherWay() throws Exception {
        Path dir = strategies();
        assertEquals(dir.resolve("sweeps"), SweepBaseGuard.sweepDirFor("r.yaml", sweep("../shipped.yaml"), dir));
        assertEquals(dir, SweepBaseGuard.sweepDirFor("r.yaml", sweep("shipped.yaml"), dir));
    }

    @Test
    void aLinkInTheStrategiesDirectoryThatLeadsOutsideIsRefused() throws Exception {
        Path dir = strategies();
        Path secret = Files.writeString(Files.createDirectories(tmp.resolve("secret")).resolve("outside.yaml"), "name: x\n");
        Files.createSymbolicLink(dir.resolve("link.yaml"), secret);
        SweepRejectedException e = assertThrows(SweepRejectedException.class,
                () -> SweepBaseGuard.sweepDirFor("r.yaml", sweep("link.yaml"), dir));
        String shown = e.getMessage() + e.errors();
        assertFalse(shown.contains(tmp.toString()), () -> "server path in " + shown);
        assertFalse(shown.contains("secret"), shown);
    }

    @Test
    void aLinkThatStaysInsideIsFollowed() throws Exception {
        Path dir = strategies();
        Files.createSymbolicLink(dir.resolve("alias.yaml"), dir.resolve("shipped.yaml"));
        assertEquals(dir, SweepBaseGuard.sweepDirFor("r.yaml", sweep("alias.yaml"), dir));
    }

    @Test
    void aPathOutOfTheDirectoryIsRefused() throws Exception {
        Path dir = strategies();
        Files.writeString(tmp.resolve("up.yaml"), "name: up\n");
        assertThrows(SweepRejectedException.class, () -> SweepBaseGuard.sweepDirFor("r.yaml", sweep("../../up.yaml"), dir));
    }
}
