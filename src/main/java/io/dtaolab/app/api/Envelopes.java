package io.dtaolab.app.api;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON objects the POST and PUT endpoints accept besides whole documents. They are the OpenAPI schemas of those
 * bodies and, through their components, the lists of allowed properties the body readers enforce, so the document
 * and the check cannot drift apart.
 */
public final class Envelopes {
    private Envelopes() {
    }

    /** The property names of an envelope, in declaration order. */
    static List<String> fields(Class<? extends Record> envelope) {
        return Arrays.stream(envelope.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
    }

    @Schema(additionalProperties = Schema.False.class, description = "Start a shipped strategy (GET /api/strategies); any other property is refused with 400")
    public record ShippedRun(
            @Schema(required = true, description = "strategy name or file name", examples = "wash-trader") String strategy,
            @Schema(description = "override the file's seed (0 … 2^63−1)", minimum = "0") Long seed,
            @Schema(description = "override the run length in blocks", minimum = "1") Long blocks,
            @Schema(description = "pace in blocks per second (≥ 0; 0 = as fast as possible) or \"max\"",
                    oneOf = {Double.class, String.class}) Object speed) {
    }

    @Schema(additionalProperties = Schema.False.class, description = "Compare a shipped strategy under several presets; any other property is refused with 400")
    public record ShippedCompare(
            @Schema(required = true, description = "strategy name or file name") String strategy,
            @Schema(description = "presets to compare (default: all)") List<String> presets,
            @Schema(description = "override the file's seed", minimum = "0") Long seed,
            @Schema(description = "override the run length in blocks", minimum = "1") Long blocks) {
    }

    @Schema(additionalProperties = Schema.False.class, description = "Start a shipped sweep (strategies/sweeps); any other property is refused with 400")
    public record ShippedSweep(
            @Schema(required = true, description = "sweep name or file name") String sweep,
            @Schema(description = "local worker threads (default and most: lab.sweeps.max-workers)", minimum = "1") Integer workers) {
    }

    @Schema(additionalProperties = Schema.False.class, description = "Start a shipped search (strategies/searches); any other property is refused with 400")
    public record ShippedSearch(
            @Schema(required = true, description = "search name or file name", examples = "flow-recycler-worst") String search,
            @Schema(description = "local threads (default and most: lab.searches.max-threads)", minimum = "1") Integer threads) {
    }

    @Schema(additionalProperties = Schema.False.class, description = "Change the pace and/or pause or resume; at least one property; any other is refused with 400")
    public record SpeedChange(
            @Schema(description = "blocks per second (≥ 0; 0 = as fast as possible)", minimum = "0") Double blocksPerSecond,
            @Schema(description = "the same as blocksPerSecond, or \"max\"", oneOf = {Double.class, String.class}) Object speed,
            @Schema(description = "true pauses, false resumes") Boolean paused) {
    }

    @Schema(type = SchemaType.OBJECT, description = "A strategy document (README \"Strategy files\"); its JSON Schema is "
            + "strategies/strategy.schema.json. Unknown keys are refused with 422 naming the allowed ones.")
    public static final class StrategyDocument {
        private StrategyDocument() {
        }
    }

    @Schema(type = SchemaType.OBJECT, description = "A sweep document (README \"Sweep files\") whose base names a shipped "
            + "strategy file")
    public static final class SweepDocument {
        private SweepDocument() {
        }
    }

    @Schema(type = SchemaType.OBJECT, description = "A search file (README \"Search files\"; JSON Schema "
            + "strategies/searches/search.schema.json) whose base names a shipped strategy file")
    public static final class SearchDocument {
        private SearchDocument() {
        }
    }

    @Schema(type = SchemaType.STRING, description = "The same document as YAML text")
    public static final class YamlText {
        private YamlText() {
        }
    }
}
