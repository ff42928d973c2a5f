package io.dtaolab.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every public vector through the runner; one dynamic test per vector, named by its id. */
class ConformanceVectorsTest {
    private static final String CHAIN_TESTS = "/vectors/subtensor-public.json";
    private static final String ERAS = "/vectors/eras-public.json";

    @TestFactory
    List<DynamicTest> everyPublicVector() throws IOException {
        return vectors(CHAIN_TESTS, 131);
    }

    /** Net-flow shares and coinbase, the v3 subsidy, root-proportion timing, bit-level EMA (FORMAT.md §5). */
    @TestFactory
    List<DynamicTest> everyEraVector() throws IOException {
        return vectors(ERAS, 12);
    }

    private static List<DynamicTest> vectors(String resource, int expectedCount) throws IOException {
        JsonNode file;
        try (InputStream in = ConformanceVectorsTest.class.getResourceAsStream(resource)) {
            file = new ObjectMapper().readTree(in);
        }
        assertEquals(expectedCount, file.path("vectors").size(), resource + " vector count");
        VectorRunner runner = new VectorRunner(KindRegistry.standard());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode vector : file.path("vectors")) {
            String id = vector.path("id").asText();
            tests.add(DynamicTest.dynamicTest(id, () -> {
                VectorOutcome outcome = runner.runVector(vector);
                assertTrue(outcome.passed(), outcome.line());
            }));
        }
        return tests;
    }
}
