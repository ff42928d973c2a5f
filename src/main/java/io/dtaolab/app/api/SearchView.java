package io.dtaolab.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A search as the API shows it: state ({@code queued}, {@code running}, {@code finished}, {@code failed},
 * {@code cancelled}), candidates evaluated of the total, where it is (phase, budget, best objective so far at that
 * budget) and, once finished, its report ({@code result}, the search's report.json) and result files.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchView(String id, String name, String state, int threads, List<Double> budgetsTao, String objective,
                         List<Long> seeds, int evaluationsPerBudget, int evaluated, int totalEvaluations, String phase,
                         Integer budgetIndex, Double budgetTao, Double bestObjective, double elapsedSeconds,
                         Instant createdAt, String error,
                         @Schema(type = SchemaType.OBJECT, description = "report.json of the finished search: per budget "
                                 + "the base parameters, the best, the best with no alarm and the shrunk best") JsonNode result,
                         @Schema(description = "result files, at links.files + '/' + name") List<String> files,
                         Map<String, String> links) {
}
