package io.dtaolab.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * The JSON form of reports: indented, keys sorted, and an undefined measure (NaN, or an infinite ratio) written
 * as {@code null} rather than the string "NaN"; {@code null} reads back as NaN.
 */
public final class ReportJson {
    private ReportJson() {
    }

    public static ObjectMapper mapper() {
        SimpleModule undefined = new SimpleModule("undefined-as-null");
        JsonSerializer<Double> asNull = new JsonSerializer<>() {
            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v.isNaN() || v.isInfinite()) {
                    g.writeNull();
                } else {
                    g.writeNumber(v);
                }
            }
        };
        undefined.addSerializer(Double.class, asNull);
        undefined.addSerializer(Double.TYPE, asNull);
        undefined.addDeserializer(Double.TYPE, new NumberDeserializers.DoubleDeserializer(Double.TYPE, Double.NaN));
        return new ObjectMapper()
                .registerModule(undefined)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
