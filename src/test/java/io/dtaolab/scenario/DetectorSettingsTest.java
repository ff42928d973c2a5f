package io.dtaolab.scenario;

import static io.dtaolab.scenario.StrategyErrorsTest.BASE;
import static io.dtaolab.scenario.StrategyErrorsTest.at;
import static io.dtaolab.scenario.StrategyErrorsTest.check;
import static io.dtaolab.scenario.StrategyErrorsTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.detect.DetectorBank;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code detectors:} section: defaults, enable/threshold, and strict errors with line, column and what is allowed. */
class DetectorSettingsTest {

    @Test
    void absentSectionLeavesEveryDetectorOnAtItsDefault() {
        StrategySpec s = ((LoadResult.Valid) check(BASE)).spec();
        assertEquals(DetectorSettings.DEFAULT, s.detectors());
        DetectorBank.names().forEach(n -> assertTrue(s.detectors().enabled(n), n));
        assertEquals(Map.of(), s.detectors().thresholds());
    }

    @Test
    void namesMatchTheShippedDetectors() {
        assertEquals(DetectorBank.names(), DetectorSettings.NAMES);
    }

    @Test
    void enableAndThresholdAreRead() {
        StrategySpec s = ((LoadResult.Valid) check(BASE + """
                detectors:
                  wash-trading: { threshold: 12.5 }
                  sandwich: { enabled: false, threshold: 3 }
                """)).spec();
        assertTrue(s.detectors().enabled("wash-trading"));
        assertFalse(s.detectors().enabled("sandwich"));
        assertTrue(s.detectors().enabled("collusion"));
        assertEquals(Map.of("wash-trading", 12.5), s.detectors().thresholds());
    }

    @Test
    void unknownDetectorIsRejectedWithTheAllowedNames() {
        FieldError e = only(BASE + "detectors:\n  wash: { threshold: 3 }\n");
        at(e, 15, 3, "detectors.wash");
        assertTrue(e.allowed().contains("wash-trading") && e.allowed().contains("flow-gaming"), e.format());
    }

    @Test
    void unknownKeyAndBadValuesAreRejected() {
        at(only(BASE + "detectors:\n  collusion: { threshhold: 3 }\n"), 15, 16, "detectors.collusion.threshhold");
        FieldError zero = only(BASE + "detectors:\n  collusion: { threshold: 0 }\n");
        assertEquals("detectors.collusion.threshold", zero.path(), zero.format());
        assertTrue(zero.format().contains("above 0"), zero.format());
        assertEquals("detectors.sandwich.enabled", only(BASE + "detectors:\n  sandwich: { enabled: maybe }\n").path());
        assertEquals("detectors", only(BASE + "detectors: [wash-trading]\n").path());
    }
}
