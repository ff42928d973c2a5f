package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtaolab.chain.Presets;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Save and load over random small worlds per preset (those of {@link WorldForkPropertyTest}, attack worlds with their
 * adversaries, saved after some blocks): the loaded world hashes like the original (every reachable field), both step
 * to equal chain hashes at every block after, and saving the same world twice, or its loaded copy, gives the same
 * bytes.
 */
class SavedStatePropertyTest {
    static final int WORLDS_PER_PRESET = 20;

    @TempDir
    Path tmp;

    static List<String> presets() {
        return Presets.names();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void aLoadedWorldStepsLikeTheSavedOne(String preset) throws Exception {
        SplittableRandom r = new SplittableRandom(preset.hashCode() * 31L);
        for (int i = 0; i < WORLDS_PER_PRESET; i++) {
            StrategySpec spec = WorldForkPropertyTest.randomSpec(r, preset, i);
            long seed = r.nextLong();
            World world = WorldBuilder.build(spec, spec.mechanism(), seed, true, OrderingPolicy.FEE_PRIORITY);
            int before = r.nextInt(i % 10 == 0 ? 600 : 60);
            for (int b = 0; b < before; b++) {
                world.step();
            }
            String what = preset + " world " + i + " saved after " + before + " blocks";
            StateFingerprint f = StateFingerprint.of(spec, spec.mechanism(), seed, OrderingPolicy.FEE_PRIORITY);
            Path file = tmp.resolve("w" + i + ".state");
            SavedState.save(world, f, file);
            World loaded = SavedState.load(file).fork(world.label());
            assertEquals(GraphHash.of(world), GraphHash.of(loaded), what + ": loaded world differs");
            Path again = tmp.resolve("w" + i + "-again.state");
            SavedState.save(loaded, f, again);
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again), what + ": saving the loaded copy");
            int after = 1 + r.nextInt(i % 10 == 1 ? 600 : 60);
            for (int b = 0; b < after; b++) {
                world.step();
                loaded.step();
                assertEquals(world.network().stateHash(), loaded.network().stateHash(), what + ", block " + b + " after");
            }
            assertEquals(GraphHash.of(world), GraphHash.of(loaded), what + ", " + after + " blocks later");
            Files.delete(file);
            Files.delete(again);
        }
    }
}
