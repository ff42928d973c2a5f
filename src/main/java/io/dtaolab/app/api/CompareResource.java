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
    public Response create(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
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
    public Response cancel(@PathParam("id") String id) {
        return Response.accepted(CompareViews.of(manager.cancel(id))).build();
    }
}
