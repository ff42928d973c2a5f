package io.dtaolab.app.api;

import io.dtaolab.app.runs.RunRequests;
import io.dtaolab.app.runs.ShippedStrategy;
import io.dtaolab.app.runs.StrategyCatalog;
import io.dtaolab.scenario.AdversarySpec;
import io.dtaolab.scenario.FieldError;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategySpec;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/strategies")
@Tag(name = "strategies")
public class StrategyResource {
    private final StrategyCatalog catalog;
    private final RunRequests requests;

    public StrategyResource(StrategyCatalog catalog, RunRequests requests) {
        this.catalog = catalog;
        this.requests = requests;
    }

    /** A strategy in a listing; {@code errors} only for a shipped file that does not load. */
    public record StrategyInfo(String name, String file, String description, List<String> presets,
                               List<String> adversaries, Long blocks, Long seed, boolean valid, List<FieldError> errors) {
        static StrategyInfo of(ShippedStrategy s) {
            if (s.result() instanceof LoadResult.Valid v) {
                StrategySpec spec = v.spec();
                return new StrategyInfo(s.name(), s.fileName(), spec.description().orElse(null), spec.presets(),
                        spec.adversaries().stream().map(AdversarySpec::type).map(t -> t.id()).distinct().toList(),
                        spec.blocks(), spec.seed(), true, null);
            }
            return new StrategyInfo(s.name(), s.fileName(), null, null, null, null, null, false,
                    ((LoadResult.Invalid) s.result()).errors());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The shipped strategies")
    @APIResponse(responseCode = "200", description = "Every shipped strategy; a file that does not load has valid=false and its errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = StrategyInfo.class)))
    public List<StrategyInfo> list() {
        return catalog.list().stream().map(StrategyInfo::of).toList();
    }

    @GET
    @Path("{name}")
    @Produces({"application/yaml", MediaType.APPLICATION_JSON})
    @Operation(summary = "A shipped strategy: its file (Accept: application/yaml) or its summary (application/json)")
    @APIResponse(responseCode = "200", description = "The file as shipped (Accept: application/yaml) or its summary (application/json)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StrategyInfo.class)),
                    @Content(mediaType = "application/yaml", schema = @Schema(implementation = Envelopes.YamlText.class))})
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    public Response get(@PathParam("name") String name, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ShippedStrategy s = catalog.find(name)
                .orElseThrow(() -> new NotFoundException("no shipped strategy named '" + name + "'"));
        if (accept != null && (accept.contains("yaml") || accept.contains("text/plain"))) {
            String type = s.fileName().endsWith(".json") ? MediaType.APPLICATION_JSON : "application/yaml";
            return Response.ok(s.content(), type).build();
        }
        return Response.ok(StrategyInfo.of(s), MediaType.APPLICATION_JSON).build();
    }

    /** Valid: 200 with the summary; invalid: 422 problem with every field error (line and column). */
    @POST
    @Path("validate")
    @Consumes({MediaType.APPLICATION_JSON, RunResource.YAML, RunResource.TEXT_YAML, RunResource.X_YAML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate a strategy document without running it")
    @APIResponse(responseCode = "200", description = "Valid: its summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StrategyInfo.class)))
    @APIResponse(responseCode = "400", ref = LabApi.BAD_REQUEST)
    @APIResponse(responseCode = "413", ref = LabApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = LabApi.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = LabApi.INVALID)
    public StrategyInfo validate(@RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Envelopes.StrategyDocument.class)),
            @Content(mediaType = RunResource.YAML, schema = @Schema(implementation = Envelopes.YamlText.class)),
            @Content(mediaType = RunResource.TEXT_YAML, schema = @Schema(implementation = Envelopes.YamlText.class)),
            @Content(mediaType = RunResource.X_YAML, schema = @Schema(implementation = Envelopes.YamlText.class))}) byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        boolean json = contentType != null && contentType.toLowerCase().startsWith(MediaType.APPLICATION_JSON);
        String file = json ? "request.json" : "request.yaml";
        StrategySpec spec = requests.validate(file, body == null ? new byte[0] : body);
        return StrategyInfo.of(new ShippedStrategy(spec.name(), file, body, new LoadResult.Valid(spec)));
    }
}
