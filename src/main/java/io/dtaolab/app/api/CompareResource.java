package io.dtaolab.app.api;

import io.dtaolab.app.compare.CompareHandle;
import io.dtaolab.app.compare.CompareManager;
import io.dtaolab.app.jobs.RunConflictException;
import io.dtaolab.app.runs.RunRequests.Overrides;
import io.dtaolab.experiment.compare.ComparisonMarkdown;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.dtaolab.app.compare.CompareRequest;
import io.dtaolab.app.runs.WorkBudget;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/compare")
@Tag(name = "compare")
public class CompareResource {
    private final CompareManager manager;
    private final CompareBodies bodies;
    private final WorkBudget budget;

    public CompareResource(CompareManager manager, CompareBodies bodies, WorkBudget budget) {
        this.manager = manager;
        this.bodies = bodies;
        this.budget = budget;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, RunResource.YAML, RunResource.TEXT_YAML, RunResource.X_YAML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare presets: the same attack and twin under each", description = "Body: a strategy document "
            + "(YAML or JSON; presets from the query, comma-separated) or {\"strategy\": \"<shipped name>\", \"presets\": "
            + "[...], \"seed\": n, \"blocks\": n}. Default presets: all. Answers 202 with the comparison's URL.")
    @APIResponse(responseCode = "202", description = "The comparison, queued or running; Location is its URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompareView.class)))
    @APIResponse(responseCode = "400", ref = LabApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = LabApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = LabApi.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = LabApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = LabApi.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = LabApi.INVALID)
    @APIResponse(responseCode = "429", ref = LabApi.TOO_MANY)
    @APIResponse(responseCode = "503", ref = LabApi.UNAVAILABLE)
    @SecurityRequirement(name = LabApi.BEARER)
    public Response create(@RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {Envelopes.ShippedCompare.class, Envelopes.StrategyDocument.class})),
            @Content(mediaType = RunResource.YAML, schema = @Schema(implementation = Envelopes.YamlText.class)),
            @Content(mediaType = RunResource.TEXT_YAML, schema = @Schema(implementation = Envelopes.YamlText.class)),
            @Content(mediaType = RunResource.X_YAML, schema = @Schema(implementation = Envelopes.YamlText.class))}) byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("presets") String presets, @QueryParam("seed") Long seed,
                           @QueryParam("blocks") Long blocks) {
        manager.requireRoom();
        boolean json = contentType != null && contentType.toLowerCase().startsWith(MediaType.APPLICATION_JSON);
        Overrides query = new Overrides(Optional.ofNullable(seed), Optional.ofNullable(blocks), Optional.empty());
        CompareRequest request = bodies.compareRequest(body, json, query, presets);
        budget.checkRun(request.spec(), request.blocks(), request.presets().size());
        CompareHandle h = manager.submit(request);
        return Response.accepted(CompareViews.of(h)).location(URI.create("/api/compare/" + h.id())).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "State, per-preset progress and, when finished, the side-by-side table (Markdown with Accept: text/markdown)")
    @APIResponse(responseCode = "200", description = "The comparison (JSON), or its table (Accept: text/markdown) once finished",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompareView.class)),
                    @Content(mediaType = RunResource.MARKDOWN, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    public CompareView get(@PathParam("id") String id) {
        return CompareViews.of(manager.get(id));
    }

    @GET
    @Path("{id}")
    @Produces(RunResource.MARKDOWN)
    public Response markdown(@PathParam("id") String id) {
        CompareHandle h = manager.get(id);
        return h.result().map(c -> Response.ok(ComparisonMarkdown.render(c), RunResource.MARKDOWN + ";charset=utf-8").build())
                .orElseThrow(() -> new RunConflictException("comparison " + id + " is " + h.state().wire()
                        + "; its table is there when it has finished"));
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a comparison")
    @APIResponse(responseCode = "202", description = "Cancelling: the comparison as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompareView.class)))
    @APIResponse(responseCode = "401", ref = LabApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = LabApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    @SecurityRequirement(name = LabApi.BEARER)
    public Response cancel(@PathParam("id") String id) {
        return Response.accepted(CompareViews.of(manager.cancel(id))).build();
    }
}
