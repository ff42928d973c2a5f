package io.dtaolab.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    private static LabConfig config(Map<String, String> values) {
        SmallRyeConfig c = new SmallRyeConfigBuilder()
                .withMapping(LabConfig.class)
                .withConverter(java.time.Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
                .withSources(new io.smallrye.config.PropertiesConfigSource(values, "test", 500))
                .build();
        return c.getConfigMapping(LabConfig.class);
    }

    @Test
    void theShippedDefaultsAreValid() {
        assertEquals(List.of(), SettingsCheck.problems(config(Map.of())));
    }

    @Test
    void aNegativePaceIsRefusedWithTheSettingNamed() {
        List<String> problems = SettingsCheck.problems(config(Map.of("lab.runs.default-speed", "-5")));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("lab.runs.default-speed = -5.0: "), problems.get(0));
    }

    @Test
    void notANumberPaceAndZeroLimitsAreRefused() {
        List<String> problems = SettingsCheck.problems(config(Map.of(
                "lab.runs.default-speed", "NaN",
                "lab.runs.max-concurrent", "0",
                "lab.sweeps.max-workers", "-1",
                "lab.events.block-interval", "0s")));
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("lab.runs.max-concurrent = 0: must be >= 1")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("lab.sweeps.max-workers = -1")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("lab.events.block-interval = PT0S")), problems.toString());
    }

    @Test
    void zeroPaceMeansAsFastAsPossibleAndIsValid() {
        assertEquals(List.of(), SettingsCheck.problems(config(Map.of("lab.runs.default-speed", "0"))));
    }
}
