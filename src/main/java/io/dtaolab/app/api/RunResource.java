package io.dtaolab.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtaolab.app.jobs.RunConflictException;
import io.dtaolab.app.jobs.RunManager;
import io.dtaolab.app.jobs.RunStore;
import io.dtaolab.app.jobs.UnknownRunException;
import io.dtaolab.app.messaging.SseBroadcaster;
import io.dtaolab.app.runs.InvalidRequestException;
import io.dtaolab.app.runs.RunHandle;
import io.dtaolab.app.runs.RunRecord;
import io.dtaolab.app.runs.RunRequests.Overrides;
import io.dtaolab.app.runs.RunState;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/runs")
@Tag(name = "runs")
public class RunResource {
    static final String YAML = "application/yaml";
    static final String TEXT_YAML = "text/yaml";
    static final String X_YAML = "application/x-yaml";
    static final String MARKDOWN = "text/markdown";
    static final List<String> SPEED_FIELDS = Envelopes.fields(Envelopes.SpeedChange.class);

    private final RunManager manager;
    private final RunViews views;
    private final RunBodies bodies;
    private final RunStore store;
    private final SseBroadcaster sse;

    public RunResource(RunManager manager, RunViews views, RunBodies bodies, RunStore store, SseBroadcaster sse) {
        this.manager = manager;
        this.views = views;
        this.bodies = bodies;
        this.store = store;
        this.sse = sse;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, YAML, TEXT_YAML, X_YAML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a run", description = "Body: a strategy document (YAML or JSON) or "
            + "{\"strategy\": \"<shipped name>\", \"seed\": n, \"blocks\": n, \"speed\": n|\"max\"}. Query overrides: seed, blocks, speed.")
    @APIResponse(responseCode = "201", description = "The run, queued or running; Location is its URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
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
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {Envelopes.ShippedRun.class, Envelopes.StrategyDocument.class})),
            @Content(mediaType = RunResource.YAML, schema = @Schema(implementation = Envelopes.YamlText.class)),
            @Content(mediaType = RunResource.TEXT_YAML, schema = @Schema(implementation = Envelopes.YamlText.class)),
            @Content(mediaType = RunResource.X_YAML, schema = @Schema(implementation = Envelopes.YamlText.class))}) byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("seed") Long seed, @QueryParam("blocks") Long blocks,
                           @QueryParam("speed") String speed) throws IOException {
        manager.requireRoom();
        boolean json = contentType != null && contentType.toLowerCase().startsWith(MediaType.APPLICATION_JSON);
        Overrides query = new Overrides(Optional.ofNullable(seed), Optional.ofNullable(blocks),
                Optional.ofNullable(speed).map(RunBodies::speed));
        RunHandle handle = manager.submit(bodies.runRequest(body, json, query));
        return Response.created(URI.create("/api/runs/" + handle.id())).entity(views.of(handle)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List runs, newest first", description = "state: queued, running, paused, finished, cancelled, failed, interrupted")
    @APIResponse(responseCode = "200", description = "Runs, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = RunView.class)))
    @APIResponse(responseCode = "400", ref = LabApi.BAD_REQUEST)
    public List<RunView> list(@QueryParam("state") String state) {
        Optional<RunState> filter;
        try {
            filter = Optional.ofNullable(state).filter(s -> !s.isBlank()).map(RunState::parse);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("unknown state '" + state + "'; use queued, running, paused, finished,"
                    + " cancelled, failed or interrupted");
        }
        return manager.list(filter).stream().map(views::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "State, progress, blocks/s, ETA and headline measures of a run")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    public RunView get(@PathParam("id") String id) {
        return views.of(manager.get(id));
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a run; the partial report is kept (409 when it has already ended)")
    @APIResponse(responseCode = "202", description = "Cancelling (or already ended): the run as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "401", ref = LabApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = LabApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    @SecurityRequirement(name = LabApi.BEARER)
    public Response cancel(@PathParam("id") String id) {
        return Response.accepted(views.of(manager.cancel(id))).build();
    }

    @PUT
    @Path("{id}/speed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the pace or pause/resume", description = "{\"blocksPerSecond\": n} or {\"speed\": n|\"max\"}, and/or {\"paused\": true|false}")
    @APIResponse(responseCode = "200", description = "The run with its new pace or pause state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "400", ref = LabApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = LabApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = LabApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = LabApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = LabApi.UNSUPPORTED)
    @SecurityRequirement(name = LabApi.BEARER)
    public RunView speed(@PathParam("id") String id, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Envelopes.SpeedChange.class))) byte[] body) {
        manager.get(id);
        JsonNode node = bodies.parse(body);
        if (!node.isObject()) {
            throw new InvalidRequestException("send a JSON object: {\"blocksPerSecond\": n}, {\"speed\": \"max\"} or {\"paused\": true|false}");
        }
        RunBodies.onlyFields(node, SPEED_FIELDS, "a speed change");
        // read and check every field before changing anything: a bad body changes nothing
        Optional<Double> pace = node.has("blocksPerSecond") ? Optional.of(RunBodies.speed(node.get("blocksPerSecond")))
                : node.has("speed") ? Optional.of(RunBodies.speed(node.get("speed"))) : Optional.empty();
        if (node.has("paused") && !node.get("paused").isBoolean()) {
            throw new InvalidRequestException("paused must be true or false");
        }
        Optional<Boolean> paused = node.has("paused") ? Optional.of(node.get("paused").asBoolean()) : Optional.empty();
        if (pace.isEmpty() && paused.isEmpty()) {
            throw new InvalidRequestException("send {\"blocksPerSecond\": n}, {\"speed\": \"max\"} or {\"paused\": true|false}");
        }
        pace.ifPresent(p -> manager.pace(id, p));
        paused.ifPresent(p -> manager.pause(id, p));
        return views.of(manager.get(id));
    }

    @GET
    @Path("{id}/report")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The report (JSON; Markdown with Accept: text/markdown)")
    @APIResponse(responseCode = "200", description = "report.json (Accept: application/json) or report.md (Accept: text/markdown)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    description = "report.json: measures, verdict, detection")),
                    @Content(mediaType = MARKDOWN, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = LabApi.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    public Response reportJson(@PathParam("id") String id, @QueryParam("preset") String preset) {
        return artifact(id, preset, "report.json", MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("{id}/report")
    @Produces(MARKDOWN)
    public Response reportMarkdown(@PathParam("id") String id, @QueryParam("preset") String preset) {
        return artifact(id, preset, "report.md", MARKDOWN + ";charset=utf-8");
    }

    @GET
    @Path("{id}/report.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The self-contained HTML report with charts and alarms")
    @APIResponse(responseCode = "200", description = "The HTML report",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = LabApi.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    public Response reportHtml(@PathParam("id") String id, @QueryParam("preset") String preset) {
        return artifact(id, preset, "report.html", MediaType.TEXT_HTML + ";charset=utf-8");
    }

    @GET
    @Path("{id}/series")
    @Produces("text/csv")
    @Operation(summary = "Per-tempo series (CSV)")
    @APIResponse(responseCode = "200", description = "series.csv: one row per tempo and subnet",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = LabApi.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    public Response series(@PathParam("id") String id, @QueryParam("preset") String preset) {
        return artifact(id, preset, "series.csv", "text/csv;charset=utf-8");
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events: state, tempo, trade, progress, alarm; ends when the run ends",
            description = "Each frame: 'event: <name>', 'id: <n>', 'data: <JSON>'. See RunStreamEvent for the payloads.")
    @APIResponse(responseCode = "200", description = "The event stream; it ends after the run's final state event",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = io.dtaolab.app.messaging.StreamEvent.class)))
    @APIResponse(responseCode = "401", ref = LabApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = LabApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = LabApi.TOO_MANY)
    @APIResponse(responseCode = "503", ref = LabApi.UNAVAILABLE)
    @SecurityRequirement(name = LabApi.BEARER)

    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse events,
                       @Context HttpServerRequest request) {
        RunHandle handle = manager.find(id).orElse(null);
        if (handle == null) {
            throw new UnknownRunException(id);
        }
        sse.subscribe(handle, sink, events, request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress());
    }

    private Response artifact(String id, String preset, String name, String type) {
        RunHandle h = manager.get(id);
        RunRecord r = h.record();
        if (!r.state().terminal()) {
            throw new RunConflictException("run " + id + " is " + r.state().wire() + "; its " + name
                    + " is written when it ends");
        }
        if (r.state() == RunState.CORRUPT) {
            throw new RunConflictException("run " + id + " is corrupt (" + r.error() + "); it has no " + name);
        }
        String p = preset == null ? r.presets().get(0) : preset;
        if (!r.presets().contains(p)) {
            throw new InvalidRequestException("run " + id + " has no preset '" + p + "'; presets: " + r.presets());
        }
        java.nio.file.Path file = store.artifact(r, p, name)
                .orElseThrow(() -> new NotFoundException("run " + id + " has no " + name));
        try {
            return Response.ok(Files.readAllBytes(file), type).build();
        } catch (IOException e) {
            throw new NotFoundException("run " + id + ": " + name + " is unreadable");
        }
    }
}
