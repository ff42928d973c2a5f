package io.dtaolab.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A sweep as the API shows it: state ({@code queued}, {@code running}, {@code finished}, {@code failed},
 * {@code cancelled}), runs done of total, failed runs, throughput, ETA, and the aggregates over the runs done so far
 * ({@code partial}, the sweep report's JSON format).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SweepView(String id, String name, String state, int workers, int total, int done, int failed,
                        double runsPerMinute, Double etaSeconds, double elapsedSeconds, Instant createdAt, String error,
                        @Schema(type = SchemaType.OBJECT, description = "the sweep report so far (format dtao-sweep-report/1)") ObjectNode partial, Map<String, String> links) {
}
