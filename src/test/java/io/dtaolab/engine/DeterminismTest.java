package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.RunArtifacts;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @Test
    void sameFileAndSeedGiveByteIdenticalReportAndSeries(@TempDir Path tmp) throws Exception {
        StrategySpec spec = EngineFixtures.load("pump");
        RunData first = EngineFixtures.run(spec, spec.mechanism(), 2_000);
        RunData second = EngineFixtures.run(spec, spec.mechanism(), 2_000);
        RunArtifacts.write(tmp.resolve("a"), first, "x", true);
        RunArtifacts.write(tmp.resolve("b"), second, "x", true);
        for (String f : new String[] {"report.json", "report.md", "series.csv"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
        assertEquals(first.stateHashAttack(), second.stateHashAttack());
        assertEquals(first.stateHashTwin(), second.stateHashTwin());
    }

    @Test
    void anotherSeedGivesAnotherRun() throws Exception {
        StrategySpec spec = EngineFixtures.load("pump");
        RunData a = EngineFixtures.run(spec, spec.mechanism(), 1_000);
        RunData b = new Run(spec, spec.mechanism(), spec.seed() + 1, 1_000, OrderingPolicy.FEE_PRIORITY, new RunControl(),
                RunListener.NONE).execute();
        assertNotEquals(a.stateHashAttack(), b.stateHashAttack());
    }

    @Test
    void beforeTheAttackStartsBothWorldsAllocateEmissionIdentically() throws Exception {
        StrategySpec spec = EngineFixtures.load("pump");
        RunData d = EngineFixtures.run(spec, spec.mechanism(), 9_000);
        long start = d.targets().get(0).startBlock();
        int compared = 0;
        for (int t = 0; t < d.attack().size() && d.attack().block(t) < start; t++) {
            for (int n = 1; n < d.attack().width(); n++) {
                assertEquals(d.twin().share(t, n), d.attack().share(t, n), "tempo " + t + " subnet " + n);
                assertEquals(d.twin().spot(t, n), d.attack().spot(t, n), "tempo " + t + " subnet " + n);
            }
            compared++;
        }
        assertTrue(compared >= 10, "compared " + compared + " tempos before the attack");
        boolean diverged = false;
        int last = d.attack().size() - 1;
        for (int n = 1; n < d.attack().width(); n++) {
            diverged |= d.attack().spot(last, n) != d.twin().spot(last, n);
        }
        assertTrue(diverged, "the attack changes the chain once it starts");
    }
}
