package io.dtaolab.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dtaolab.scenario.YNode.YList;
import io.dtaolab.scenario.YNode.YMap;
import io.dtaolab.scenario.YNode.YScalar;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts located trees to plain Java values and to YAML text. */
final class YamlTrees {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private YamlTrees() {
    }

    /** Maps become LinkedHashMaps, lists ArrayLists, scalars their value (exact numbers kept exact). */
    static Object plain(YNode node) {
        if (node instanceof YMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> out.put(k, plain(e.value())));
            return out;
        }
        if (node instanceof YList l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        return ((YScalar) node).value();
    }

    static String yaml(YNode node) {
        return yamlOfPlain(plain(node));
    }

    static String yamlOfPlain(Object plain) {
        try {
            return YAML.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
