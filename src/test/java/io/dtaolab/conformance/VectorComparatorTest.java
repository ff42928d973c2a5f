package io.dtaolab.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VectorComparatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return MAPPER.readTree(s);
    }

    private static boolean matches(String tolerance, String expected, String got) throws Exception {
        return new VectorComparator(Tolerance.parse(json(tolerance)), Map.of())
                .mismatch(json(expected), json(got)).isEmpty();
    }

    @Test
    void exactComparesU64AsUnsignedBigIntegers() throws Exception {
        assertTrue(matches("\"exact\"", "{\"v\": 18446744073709551615}", "{\"v\": 18446744073709551615}"));
        assertFalse(matches("\"exact\"", "{\"v\": 18446744073709551615}", "{\"v\": 18446744073709551614}"));
        assertFalse(matches("\"exact\"", "{\"v\": 18446744073709551615}", "{\"v\": -1}"));
        assertTrue(matches("\"exact\"", "{\"v\": 2}", "{\"v\": 2.0}"));
    }

    @Test
    void absAndRelBoundsAreInclusive() throws Exception {
        assertTrue(matches("{\"abs\": 1}", "{\"v\": 100}", "{\"v\": 101}"));
        assertFalse(matches("{\"abs\": 1}", "{\"v\": 100}", "{\"v\": 102}"));
        assertTrue(matches("{\"rel\": 0.01}", "{\"v\": 100}", "{\"v\": 99}"));
        assertFalse(matches("{\"rel\": 0.01}", "{\"v\": 100}", "{\"v\": 98.9}"));
    }

    @Test
    void absPlusRelAcceptsWhenEitherHolds() throws Exception {
        String t = "{\"abs\": 1, \"rel\": 0.1}";
        assertTrue(matches(t, "{\"v\": 1000}", "{\"v\": 1090}"));
        assertTrue(matches(t, "{\"v\": 0}", "{\"v\": 1}"));
        assertFalse(matches(t, "{\"v\": 0}", "{\"v\": 1.5}"));
        assertFalse(matches(t, "{\"v\": 1000}", "{\"v\": 1101}"));
    }

    @Test
    void toleranceFieldsOverrideTheDefaultForTheirSubtree() throws Exception {
        VectorComparator c = new VectorComparator(Tolerance.parse(json("{\"abs\": 0.5}")),
                Map.of("w", Tolerance.EXACT));
        assertTrue(c.mismatch(json("{\"p\": 1.0, \"w\": {\"a\": [5]}}"), json("{\"p\": 1.4, \"w\": {\"a\": [5]}}")).isEmpty());
        assertFalse(c.mismatch(json("{\"p\": 1.0, \"w\": {\"a\": [5]}}"), json("{\"p\": 1.4, \"w\": {\"a\": [5.1]}}")).isEmpty());
    }

    @Test
    void missingKeysAndArrayLengthsFail() throws Exception {
        assertFalse(matches("\"exact\"", "{\"a\": 1, \"b\": 2}", "{\"a\": 1}"));
        assertTrue(matches("\"exact\"", "{\"a\": 1}", "{\"a\": 1, \"extra\": 3}"));
        assertFalse(matches("\"exact\"", "{\"a\": [1, 2]}", "{\"a\": [1, 2, 3]}"));
        assertFalse(matches("{\"abs\": 10}", "{\"a\": [1, 2]}", "{\"a\": [1]}"));
    }

    @Test
    void stringsBooleansAndErrorsCompareExactly() throws Exception {
        assertTrue(matches("\"exact\"", "{\"error\": \"PriceLimitExceeded\"}", "{\"error\": \"PriceLimitExceeded\"}"));
        assertFalse(matches("\"exact\"", "{\"error\": \"PriceLimitExceeded\"}", "{\"error\": \"ReservesTooLow\"}"));
        assertFalse(matches("\"exact\"", "{\"error\": \"ReservesTooLow\"}", "{\"max_amount_rao\": 0}"));
        assertFalse(matches("{\"abs\": 1}", "{\"ok\": true}", "{\"ok\": false}"));
        assertFalse(matches("{\"abs\": 1}", "{\"v\": 1}", "{\"v\": \"1\"}"));
    }

    @Test
    void runnerFailsUnknownKindsErasAndExceptionsAndReportsBoth() throws Exception {
        VectorRunner runner = new VectorRunner(new KindRegistry()
                .register("boom", (given, era) -> { throw new IllegalStateException("kaput"); })
                .register("echo", (given, era) -> (com.fasterxml.jackson.databind.node.ObjectNode) given));
        JsonNode file = json("{\"format\":\"dtao-vectors/1\",\"vectors\":["
                + "{\"id\":\"a\",\"kind\":\"echo\",\"era\":\"current-2026-06\",\"given\":{\"x\":1},\"expect\":{\"x\":1},\"tolerance\":\"exact\"},"
                + "{\"id\":\"b\",\"kind\":\"nope\",\"era\":\"current-2026-06\",\"given\":{},\"expect\":{},\"tolerance\":\"exact\"},"
                + "{\"id\":\"c\",\"kind\":\"echo\",\"era\":\"future-era\",\"given\":{},\"expect\":{},\"tolerance\":\"exact\"},"
                + "{\"id\":\"d\",\"kind\":\"boom\",\"era\":\"current-2026-06\",\"given\":{},\"expect\":{},\"tolerance\":\"exact\"},"
                + "{\"id\":\"e\",\"kind\":\"echo\",\"era\":\"current-2026-06\",\"given\":{\"x\":2},\"expect\":{\"x\":1},\"tolerance\":\"exact\"}]}");
        RunResult r = runner.run(file, null);
        assertEquals(1, r.passed());
        assertEquals(4, r.failed());
        assertEquals("PASS a", r.outcomes().get(0).line());
        assertTrue(r.outcomes().get(3).line().contains("kaput"));
        assertTrue(r.outcomes().get(4).line().startsWith("FAIL e expected {\"x\":1} got {\"x\":2}"));
        assertEquals("1 passed, 4 failed", r.summary());
    }
}
