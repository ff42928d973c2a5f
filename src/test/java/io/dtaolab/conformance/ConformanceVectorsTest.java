package io.dtaolab.conformance;

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
    private static final String FILE = "/vectors/subtensor-public.json";

    @TestFactory
    List<DynamicTest> everyPublicVector() throws IOException {
        JsonNode file;
        try (InputStream in = ConformanceVectorsTest.class.getResourceAsStream(FILE)) {
            file = new ObjectMapper().readTree(in);
        }
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
