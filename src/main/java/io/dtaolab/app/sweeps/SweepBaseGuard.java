package io.dtaolab.app.sweeps;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dtaolab.scenario.DataDir;
import io.dtaolab.scenario.FieldError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A posted sweep (or search) may only build on a shipped strategy: its {@code base} must name a strategy file in the strategies
 * directory, written either as a shipped sweep does ({@code ../name.yaml}) or plainly ({@code name.yaml}). Answers
 * the directory the base then resolves against; any other base is refused before a file is opened, and so is a link
 * that leads out of the strategies directory.
 */
public final class SweepBaseGuard {
    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private SweepBaseGuard() {
    }

    static Path sweepDirFor(String fileName, byte[] content, Path strategiesDir) {
        return documentDirFor(fileName, content, strategiesDir, "sweep");
    }

    /**
     * The same for a document of {@code kind} ({@code sweep}, {@code search}) shipped in {@code strategies/<kind>s};
     * refused with {@link SweepRejectedException} naming the base's line and column.
     */
    public static Path documentDirFor(String fileName, byte[] content, Path strategiesDir, String kind) {
        Path sweepsDir = strategiesDir.resolve(kind + "s");
        Optional<Base> base = read(fileName, content);
        if (base.isEmpty()) {
            return sweepsDir; // no usable base: the loader reports what is wrong with the document
        }
        DataDir shipped = DataDir.of(strategiesDir);
        for (Path dir : List.of(sweepsDir, strategiesDir)) {
            Path p = dir.resolve(base.get().text()).normalize();
            if (strategiesDir.equals(p.getParent()) && isShippedFile(shipped, p.getFileName().toString())) {
                return dir;
            }
        }
        throw new SweepRejectedException(List.of(new FieldError(fileName, base.get().line(), base.get().column(), "base",
                "'" + base.get().text() + "' is not a shipped strategy; a posted " + kind + " builds on a strategy file of the "
                        + "strategies directory", "a shipped strategy file name, e.g. flow-recycler-two-presets.yaml "
                        + "(see GET /api/strategies)")));
    }

    /** Compared by real path: a link in the strategies directory that leads outside is no shipped strategy. */
    private static boolean isShippedFile(DataDir shipped, String name) {
        try {
            return shipped.resolve(name).isPresent();
        } catch (DataDir.OutsideException e) {
            return false;
        }
    }

    private record Base(String text, int line, int column) {
    }

    /** The top-level {@code base} scalar and where it stands, if the document reads that far. */
    private static Optional<Base> read(String fileName, byte[] content) {
        JsonFactory factory = fileName.toLowerCase().endsWith(".json") ? JSON : YAML;
        try (JsonParser p = factory.createParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("base") && value == JsonToken.VALUE_STRING) {
                    JsonLocation at = p.currentTokenLocation();
                    return Optional.of(new Base(p.getText(), at.getLineNr(), at.getColumnNr()));
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
