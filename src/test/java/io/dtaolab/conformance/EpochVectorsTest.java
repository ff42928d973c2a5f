package io.dtaolab.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every public vector of kinds yuma_epoch and dividend_split through the handlers (FORMAT.md §3 comparison). */
class EpochVectorsTest {
    private static final Map<String, KindHandler> HANDLERS = Map.of(
            "yuma_epoch", new YumaEpochKind(),
            "dividend_split", new DividendSplitKind());

    private static List<JsonNode> vectors() throws IOException {
        try (InputStream in = EpochVectorsTest.class.getResourceAsStream("/vectors/subtensor-public.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<JsonNode> out = new ArrayList<>();
            for (JsonNode v : root.path("vectors")) {
                if (HANDLERS.containsKey(v.path("kind").asText())) {
                    out.add(v);
                }
            }
            return out;
        }
    }

    @Test
    void fileHasTheExpectedVectors() throws IOException {
        List<JsonNode> vs = vectors();
        long yuma = vs.stream().filter(v -> v.path("kind").asText().equals("yuma_epoch")).count();
        long div = vs.stream().filter(v -> v.path("kind").asText().equals("dividend_split")).count();
        assertTrue(yuma >= 3, "yuma_epoch vectors: " + yuma);
        assertEquals(2, div);
        assertTrue(vs.stream().anyMatch(v -> v.path("id").asText().equals("yuma3-liquid-alpha-disabled")));
    }

    @TestFactory
    Stream<DynamicTest> vectorsPass() throws IOException {
        return vectors().stream().map(v -> DynamicTest.dynamicTest(v.path("id").asText(), () -> {
            JsonNode got = HANDLERS.get(v.path("kind").asText()).run(v.path("given"), v.path("era").asText());
            JsonNode expect = v.path("expect");
            List<String> problems = new ArrayList<>();
            int[] compared = {0};
            for (Iterator<String> it = expect.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                JsonNode tol = v.path("tolerance_fields").has(key) ? v.path("tolerance_fields").get(key) : v.path("tolerance");
                compare(key, expect.get(key), got.get(key), tol, problems, compared);
            }
            assertTrue(problems.isEmpty(), v.path("id").asText() + ": " + String.join("; ", problems));
            assertTrue(compared[0] > 0, "no numeric leaf compared");
        }));
    }

    private static void compare(String path, JsonNode exp, JsonNode got, JsonNode tol, List<String> problems,
                                int[] compared) {
        if (got == null || got.isMissingNode()) {
            problems.add(path + " missing");
            return;
        }
        if (exp.isObject()) {
            for (Iterator<String> it = exp.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                compare(path + "." + k, exp.get(k), got.get(k), tol, problems, compared);
            }
        } else if (exp.isArray()) {
            if (!got.isArray() || got.size() != exp.size()) {
                problems.add(path + " length " + exp.size() + " vs " + got.size());
                return;
            }
            for (int i = 0; i < exp.size(); i++) {
                compare(path + "[" + i + "]", exp.get(i), got.get(i), tol, problems, compared);
            }
        } else if (exp.isNumber()) {
            compared[0]++;
            if (!numbersMatch(exp, got, tol)) {
                problems.add(path + " expected " + exp + " got " + got);
            }
        } else if (!exp.equals(got)) {
            problems.add(path + " expected " + exp + " got " + got);
        }
    }

    private static boolean numbersMatch(JsonNode exp, JsonNode got, JsonNode tol) {
        if (!got.isNumber()) {
            return false;
        }
        if (tol.isTextual() && tol.asText().equals("exact")) {
            return new BigDecimal(exp.asText()).compareTo(new BigDecimal(got.asText())) == 0;
        }
        double diff = Math.abs(exp.asDouble() - got.asDouble());
        boolean abs = tol.has("abs") && diff <= tol.get("abs").asDouble();
        boolean rel = tol.has("rel") && diff <= tol.get("rel").asDouble() * Math.abs(exp.asDouble());
        return abs || rel;
    }
}
