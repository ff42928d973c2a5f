package io.dtaolab.app.api;

import io.dtaolab.app.sweeps.SweepHandle;
import io.dtaolab.app.sweeps.SweepManager;
import io.dtaolab.experiment.sweep.SweepMarkdown;
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
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sweeps")
@Tag(name = "sweeps")
public class SweepResource {
    private final SweepManager manager;
    private final SweepBodies bodies;

    public SweepResource(SweepManager manager, SweepBodies bodies) {
        this.manager = manager;
        this.bodies = bodies;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, RunResource.YAML, RunResource.TEXT_YAML, RunResource.X_YAML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a sweep", description = "Body: {\"sweep\": \"<shipped sweep>\", \"workers\": n} or a sweep "
            + "document (YAML or JSON) whose base names a shipped strategy file. Query: workers.")
    @APIResponse(responseCode = "201", description = "The sweep, queued or running; Location is its URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SweepView.class)))
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
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {Envelopes.ShippedSweep.class, Envelopes.SweepDocument.class})),
            @Content(mediaType = RunResource.YAML, schema = @Schema(implementation = Envelopes.YamlText.class)),
            @Content(mediaType = RunResource.TEXT_YAML, schema = @Schema(implementation = Envelopes.YamlText.class)),
            @Content(mediaType = RunResource.X_YAML, schema = @Schema(implementation = Envelopes.YamlText.class))}) byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("workers") Integer workers) {
        manager.requireRoom();
        boolean json = contentType != null && contentType.toLowerCase().startsWith(MediaType.APPLICATION_JSON);
        SweepBodies.Accepted accepted = bodies.read(body, json, Optional.ofNullable(workers));
        SweepHandle h = manager.submit(accepted.spec(), accepted.workers());
        return Response.created(URI.create("/api/sweeps/" + h.id())).entity(SweepViews.of(h)).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress (done/total, failed, runs/min, ETA) and aggregates over the runs done so far "
            + "(Markdown report with Accept: text/markdown)")
    @APIResponse(responseCode = "200", description = "Progress and aggregates (JSON), or the sweep report (Accept: text/markdown)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SweepView.class)),
                    @Content(mediaType = RunResource.MARKDOWN, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    public SweepView get(@PathParam("id") String id) {
        return SweepViews.of(manager.get(id));
    }

    @GET
    @Path("{id}")
    @Produces(RunResource.MARKDOWN)
    public Response markdown(@PathParam("id") String id) {
        return Response.ok(SweepMarkdown.render(manager.get(id).job().partial()), RunResource.MARKDOWN + ";charset=utf-8")
                .build();
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a sweep")
    @APIResponse(responseCode = "202", description = "Cancelling: the sweep as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SweepView.class)))
    @APIResponse(responseCode = "401", ref = LabApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = LabApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    @SecurityRequirement(name = LabApi.BEARER)
    public Response cancel(@PathParam("id") String id) {
        return Response.accepted(SweepViews.of(manager.cancel(id))).build();
    }
}
