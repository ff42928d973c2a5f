package io.dtaolab.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.chain.ChainException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a dtao-vectors/1 file: each vector through the handler of its kind, compared per FORMAT.md §3.
 * Prints {@code PASS id} or {@code FAIL id expected … got …} per vector. An unknown kind or era, a
 * malformed vector or any exception is a FAIL, never a skip.
 */
public final class VectorRunner {
    public static final String FORMAT = "dtao-vectors/1";
    public static final Set<String> ERAS = Set.of("launch-2025-02", "v3-2025-07", "taoflow-2025-11",
            "netflow-2026-05", "current-2026-06");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final KindRegistry registry;

    public VectorRunner(KindRegistry registry) {
        this.registry = registry;
    }

    /** Reads and validates the envelope of a vector file. */
    public static JsonNode read(Path file) throws VectorFileException {
        if (!Files.isRegularFile(file)) {
            throw new VectorFileException(file + ": no such file");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new VectorFileException(file + ": not readable as JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new VectorFileException(file + ": not a " + FORMAT + " file (\"format\" must be \"" + FORMAT + "\")");
        }
        if (!root.path("vectors").isArray()) {
            throw new VectorFileException(file + ": \"vectors\" must be an array");
        }
        return root;
    }

    /** Runs every vector of a file, printing one line each (and no summary: the caller prints it). */
    public RunResult run(Path file, PrintStream out) throws VectorFileException {
        return run(read(file), out);
    }

    public RunResult run(JsonNode file, PrintStream out) {
        List<VectorOutcome> outcomes = new ArrayList<>();
        for (JsonNode vector : file.path("vectors")) {
            VectorOutcome outcome = runVector(vector);
            if (out != null) {
                out.println(outcome.line());
            }
            outcomes.add(outcome);
        }
        return new RunResult(outcomes);
    }

    public VectorOutcome runVector(JsonNode vector) {
        String id = vector.path("id").asText("<no id>");
        JsonNode expect = vector.get("expect");
        try {
            String kind = vector.path("kind").asText("");
            String era = vector.path("era").asText("");
            if (!ERAS.contains(era)) {
                return fail(id, "known era", "unknown era '" + era + "'");
            }
            Optional<KindHandler> handler = registry.find(kind);
            if (handler.isEmpty()) {
                return fail(id, "a handler for kind '" + kind + "'", "unknown kind");
            }
            if (expect == null || !vector.has("given")) {
                return fail(id, "given and expect", "a malformed vector");
            }
            JsonNode got = produce(handler.get(), vector.get("given"), era);
            Optional<String> mismatch = comparator(vector).mismatch(expect, got);
            return mismatch.isEmpty() ? new VectorOutcome(id, true, "PASS " + id)
                    : fail(id, expect.toString(), got + " [" + mismatch.get() + "]");
        } catch (RuntimeException e) {
            return fail(id, String.valueOf(expect), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static JsonNode produce(KindHandler handler, JsonNode given, String era) {
        try {
            return handler.run(given, era);
        } catch (ChainException e) {
            ObjectNode error = JsonNodeFactory.instance.objectNode();
            error.put("error", e.error().name());
            return error;
        }
    }

    private static VectorComparator comparator(JsonNode vector) {
        Tolerance tolerance = Tolerance.parse(vector.get("tolerance"));
        Map<String, Tolerance> fields = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = vector.path("tolerance_fields").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.put(e.getKey(), Tolerance.parse(e.getValue()));
        }
        return new VectorComparator(tolerance, fields);
    }

    private static VectorOutcome fail(String id, String expected, String got) {
        return new VectorOutcome(id, false, "FAIL " + id + " expected " + expected + " got " + got);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
