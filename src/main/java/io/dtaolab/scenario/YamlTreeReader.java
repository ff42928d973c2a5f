package io.dtaolab.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Streams YAML or JSON into a {@link YNode} tree with a location on every node. Input is bounded (size,
 * nesting depth, node count, number length) so a hostile file fails fast instead of hanging or exhausting
 * memory. Duplicate keys and YAML aliases are reported rather than silently resolved.
 */
final class YamlTreeReader {
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 32;
    static final int MAX_NODES = 50_000;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 8).maxNumberLength(100).maxStringLength(MAX_BYTES).build();
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions())
            .streamReadConstraints(CONSTRAINTS).build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    private final Errors errors;
    private int nodes;
    private String currentPath = "$";

    YamlTreeReader(Errors errors) {
        this.errors = errors;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH + 8);
        options.setMaxAliasesForCollections(10);
        return options;
    }

    /** The document's root, or null when the text cannot be read at all (errors then say why). */
    YNode read(byte[] content, boolean json) {
        if (content.length > MAX_BYTES) {
            errors.add(Loc.START, "$", "file is " + content.length + " bytes, larger than the limit", "at most " + MAX_BYTES + " bytes");
            return null;
        }
        Optional<Loc> badByte = firstInvalidUtf8(content);
        if (badByte.isPresent()) {
            errors.add(badByte.get(), "$", "the file is not valid UTF-8 text", "UTF-8 text");
            return null;
        }
        try (JsonParser parser = json ? JSON.createParser(content) : YAML.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YNode.YScalar(Loc.START, null);
            }
            YNode root = node(parser, "$", 1);
            if (root != null && parser.nextToken() != null) {
                errors.add(loc(parser), "$", "more than one document in the file", "a single YAML document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            Loc loc = where == null || where.getLineNr() < 1 ? Loc.START
                    : new Loc(where.getLineNr(), Math.max(1, where.getColumnNr()));
            errors.add(loc, currentPath, "syntax error: " + syntaxMessage(e), "");
            return null;
        } catch (IOException | RuntimeException e) {
            errors.add(Loc.START, currentPath, "cannot parse: " + firstLine(String.valueOf(e.getMessage())), "");
            return null;
        }
    }

    /** Reads the node at the parser's current token, or returns null after reporting a limit. */
    private YNode node(JsonParser parser, String path, int depth) throws IOException {
        currentPath = path;
        Loc loc = loc(parser);
        if (depth > MAX_DEPTH || ++nodes > MAX_NODES) {
            errors.add(loc, path, depth > MAX_DEPTH ? "nesting deeper than " + MAX_DEPTH + " levels"
                    : "more than " + MAX_NODES + " values in the file", "");
            return null;
        }
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            errors.add(loc, path, "YAML aliases (*name) are not supported", "write the value out");
            return new YNode.YScalar(loc, null);
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, YNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Loc keyLoc = loc(parser);
                    currentPath = FieldPaths.child(path, key);
                    parser.nextToken();
                    YNode value = node(parser, FieldPaths.child(path, key), depth + 1);
                    if (value == null) {
                        return null;
                    }
                    if (entries.containsKey(key)) {
                        errors.add(keyLoc, FieldPaths.child(path, key), "duplicate key '" + key + "' (first at line "
                                + entries.get(key).keyLoc().line() + ")", "each key once");
                    } else {
                        entries.put(key, new YNode.Entry(keyLoc, value));
                    }
                }
                return new YNode.YMap(loc, entries);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    YNode item = node(parser, path + "[" + items.size() + "]", depth + 1);
                    if (item == null) {
                        return null;
                    }
                    items.add(item);
                }
                return new YNode.YList(loc, items);
            }
            case VALUE_STRING -> {
                return new YNode.YScalar(loc, parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return new YNode.YScalar(loc, parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue() : (Object) parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                String text = parser.getText().strip();
                try {
                    return new YNode.YScalar(loc, new java.math.BigDecimal(text));
                } catch (NumberFormatException e) {
                    return new YNode.YScalar(loc, parser.getDoubleValue());
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YNode.YScalar(loc, token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new YNode.YScalar(loc, null);
            }
            default -> {
                errors.add(loc, path, "unsupported value (" + token + ")", "");
                return new YNode.YScalar(loc, null);
            }
        }
    }

    private static Loc loc(JsonParser parser) {
        JsonLocation l = parser.currentTokenLocation();
        return l == null || l.getLineNr() < 1 ? Loc.START : new Loc(l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    /** Where the first byte that is not UTF-8 stands (line, column in characters), if there is one. */
    private static Optional<Loc> firstInvalidUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return Optional.empty();
        }
        out.flip();
        int line = 1;
        int column = 1;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Optional.of(new Loc(line, column));
    }

    /** SnakeYAML puts the useful part ("expected ',' or ']', but got '}'") after its context line. */
    private static String syntaxMessage(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null) {
            String problem = firstLine(m.getProblem());
            return m.getContext() == null ? problem : problem + " (" + firstLine(m.getContext()) + ")";
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String line = message.strip().lines().findFirst().orElse("unreadable input");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
