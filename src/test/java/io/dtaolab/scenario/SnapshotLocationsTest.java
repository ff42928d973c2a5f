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

/** Strategies in sub-directories find the shared snapshots; a missing one is reported with the file's other errors. */
class SnapshotLocationsTest {
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

    /** tmp/strategies/networks holds the shipped snapshot; tmp/strategies/mine is where the user's files live. */
    private SnapshotLocations mine() throws Exception {
        Path networks = Files.createDirectories(tmp.resolve("strategies/networks"));
        Files.copy(SNAPSHOT, networks.resolve("mainnet-2026-09-30.csv"));
        Path mine = Files.createDirectories(tmp.resolve("strategies/mine"));
        return new SnapshotLocations(mine, List.of(networks));
    }

    private static List<FieldError> errors(LoadResult r) {
        return assertInstanceOf(LoadResult.Invalid.class, r).errors();
    }

    @Test
    void aStrategyInASubdirectoryUsesTheSharedSnapshotByEitherName() throws Exception {
        SnapshotLocations at = mine();
        for (String rel : List.of("networks/mainnet-2026-09-30.csv", "mainnet-2026-09-30.csv")) {
            LoadResult r = StrategyLoader.check("x.yaml", strategy(rel), at);
            StrategySpec spec = assertInstanceOf(LoadResult.Valid.class, r, () -> rel + ": " + r).spec();
            assertEquals(128, spec.network().netuids().size(), rel);
        }
    }

    @Test
    void theFilesOwnDirectoryComesFirst() throws Exception {
        SnapshotLocations at = mine();
        List<String> lines = Files.readAllLines(SNAPSHOT).subList(0, 5);
        Files.createDirectories(at.strategyDir().resolve("networks"));
        Files.write(at.strategyDir().resolve("networks/mainnet-2026-09-30.csv"), lines);
        StrategySpec spec = assertInstanceOf(LoadResult.Valid.class,
                StrategyLoader.check("x.yaml", strategy("networks/mainnet-2026-09-30.csv"), at)).spec();
        assertEquals(4, spec.network().netuids().size(), "the local copy, not the shared one");
    }

    @Test
    void noLocationCanBeLeftAndALinkOutOfADataDirectoryReadsAsMissing() throws Exception {
        SnapshotLocations at = mine();
        Path outside = Files.copy(SNAPSHOT, Files.createDirectories(tmp.resolve("secret")).resolve("outside.csv"));
        Files.createSymbolicLink(at.dataDirs().get(0).resolve("link.csv"), outside);
        List<FieldError> linked = errors(StrategyLoader.check("x.yaml", strategy("link.csv"), at));
        List<FieldError> missing = errors(StrategyLoader.check("x.yaml", strategy("none.csv"), at));
        assertEquals(missing.get(0).message().replace("none.csv", "link.csv"), linked.get(0).message());
        List<FieldError> up = errors(StrategyLoader.check("x.yaml", strategy("../networks/mainnet-2026-09-30.csv"), at));
        assertTrue(up.get(0).message().contains("leaves"), up.get(0)::format);
        for (FieldError e : List.of(linked.get(0), missing.get(0), up.get(0))) {
            assertFalse(e.format().contains(tmp.toString()), () -> "server path in " + e.format());
            assertFalse(e.format().contains("secret"), e::format);
        }
    }

    @Test
    void aMissingSnapshotDoesNotHideTheFilesOtherErrors() throws Exception {
        String yaml = """
                name: x
                seed: 1
                blocks: 100
                preset: current-2026-07
                network:
                  snapshot: networks/none.csv
                  neurons: { validators: 4, miners: 8 }
                adversaries:
                  - id: cartel
                    type: insider-collusion
                    target: 97
                    budgetTao: 100
                    params: { cartelValidators: 6, ownerMiners: 2 }
                """;
        List<String> paths = errors(StrategyLoader.check("x.yaml", yaml.getBytes(StandardCharsets.UTF_8), mine()))
                .stream().map(FieldError::path).toList();
        assertTrue(paths.containsAll(List.of("preset", "network.snapshot", "adversaries[0].params.cartelValidators")),
                paths::toString);
    }
}
