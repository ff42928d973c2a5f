package io.dtaolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshot paths are compared as real paths: no way out of the strategies directory, and no hint about outside. */
class SnapshotPathTest {
    static final Path SNAPSHOT = Path.of("strategies/networks/mainnet-2026-09-30.csv");

    @TempDir
    Path tmp;

    private static byte[] strategy(String snapshot) {
        return ("""
                name: x
                seed: 1
                blocks: 10
                preset: current-2026-06
                network:
                  snapshot: %s
                """.formatted(snapshot)).getBytes(StandardCharsets.UTF_8);
    }

    private Path strategiesDir() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("strategies/networks"));
        return dir.getParent();
    }

    private static List<FieldError> errors(LoadResult r) {
        return assertInstanceOf(LoadResult.Invalid.class, r).errors();
    }

    @Test
    void aSymlinkToAFileOutsideIsRefusedLikeAMissingFile() throws Exception {
        Path dir = strategiesDir();
        Path outside = Files.copy(SNAPSHOT, Files.createDirectories(tmp.resolve("secret")).resolve("outside.csv"));
        Files.createSymbolicLink(dir.resolve("networks/link.csv"), outside);
        Files.createSymbolicLink(dir.resolve("networks/dirlink"), outside.getParent());

        for (String rel : List.of("networks/link.csv", "networks/dirlink/outside.csv")) {
            List<FieldError> linked = errors(StrategyLoader.check("s.yaml", strategy(rel), dir));
            List<FieldError> missing = errors(StrategyLoader.check("s.yaml", strategy("networks/none.csv"), dir));
            assertEquals(1, linked.size(), linked::toString);
            assertEquals("network.snapshot", linked.get(0).path());
            assertEquals(missing.get(0).message().replace("networks/none.csv", rel), linked.get(0).message(),
                    "a link leading outside reads exactly like a missing file");
            for (FieldError e : List.of(linked.get(0), missing.get(0))) {
                assertFalse(e.format().contains(tmp.toString()), () -> "server path in " + e.format());
                assertFalse(e.format().contains("secret"), e::format);
            }
        }
    }

    @Test
    void aSymlinkThatStaysInsideIsFollowed() throws Exception {
        Path dir = strategiesDir();
        Files.copy(SNAPSHOT, dir.resolve("networks/real.csv"));
        Files.createSymbolicLink(dir.resolve("networks/alias.csv"), dir.resolve("networks/real.csv"));
        assertInstanceOf(LoadResult.Valid.class, StrategyLoader.check("s.yaml", strategy("networks/alias.csv"), dir));
    }

    @Test
    void theStrategiesDirectoryMayItselfBeALink() throws Exception {
        Path dir = strategiesDir();
        Files.copy(SNAPSHOT, dir.resolve("networks/real.csv"));
        Path alias = Files.createSymbolicLink(tmp.resolve("alias"), dir);
        assertInstanceOf(LoadResult.Valid.class, StrategyLoader.check("s.yaml", strategy("networks/real.csv"), alias));
    }

    @Test
    void errorsNeverShowTheServersPaths() throws Exception {
        Path dir = strategiesDir();
        for (String rel : List.of("networks/none.csv", "../outside.csv", "networks/../../x.csv", "/etc/x.csv")) {
            for (FieldError e : errors(StrategyLoader.check("s.yaml", strategy(rel), dir))) {
                assertFalse(e.format().contains(tmp.toString()), () -> "server path in " + e.format());
            }
        }
    }

    @Test
    void aNetuidTheModelCannotHoldIsALocatedSnapshotError() throws Exception {
        Path dir = strategiesDir();
        List<String> lines = Files.readAllLines(SNAPSHOT);
        lines.set(3, lines.get(3).replaceFirst("^\\d+,", "4097,"));
        Files.write(dir.resolve("networks/big.csv"), lines);
        List<FieldError> e = errors(StrategyLoader.check("s.yaml", strategy("networks/big.csv"), dir));
        assertEquals("network.snapshot", e.get(0).path());
        assertTrue(e.get(0).message().contains("line 4") && e.get(0).message().contains("netuid")
                && e.get(0).message().contains("4096"), e.get(0)::format);

        lines.set(3, lines.get(3).replaceFirst("^\\d+,", "4096,"));
        Files.write(dir.resolve("networks/edge.csv"), lines);
        assertInstanceOf(LoadResult.Valid.class, StrategyLoader.check("s.yaml", strategy("networks/edge.csv"), dir));
    }
}
