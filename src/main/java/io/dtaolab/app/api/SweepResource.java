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
    public Response create(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
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
    public Response cancel(@PathParam("id") String id) {
        return Response.accepted(SweepViews.of(manager.cancel(id))).build();
    }
}
