package io.dtaolab.app.api;

import io.dtaolab.app.jobs.RunConflictException;
import io.dtaolab.app.searches.SearchHandle;
import io.dtaolab.app.searches.SearchManager;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/searches")
@Tag(name = "searches")
public class SearchResource {
    private final SearchManager manager;
    private final SearchBodies bodies;
    private final SearchViews views;

    public SearchResource(SearchManager manager, SearchBodies bodies, SearchViews views) {
        this.manager = manager;
        this.bodies = bodies;
        this.views = views;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, RunResource.YAML, RunResource.TEXT_YAML, RunResource.X_YAML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a worst-attack search", description = "Body: a search file (YAML or JSON) whose base names "
            + "a shipped strategy file, or {\"search\": \"<shipped search>\", \"threads\": n}. Query: threads. The same "
            + "search as the search command: same file and seed, same best attack.")
    @APIResponse(responseCode = "201", description = "The search, queued or running; Location is its URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchView.class)))
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
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {Envelopes.ShippedSearch.class, Envelopes.SearchDocument.class})),
            @Content(mediaType = RunResource.YAML, schema = @Schema(implementation = Envelopes.YamlText.class)),
            @Content(mediaType = RunResource.TEXT_YAML, schema = @Schema(implementation = Envelopes.YamlText.class)),
            @Content(mediaType = RunResource.X_YAML, schema = @Schema(implementation = Envelopes.YamlText.class))}) byte[] body,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @QueryParam("threads") Integer threads) {
        manager.requireRoom();
        boolean json = contentType != null && contentType.toLowerCase().startsWith(MediaType.APPLICATION_JSON);
        SearchBodies.Accepted accepted = bodies.read(body, json, Optional.ofNullable(threads));
        SearchHandle h = manager.submit(accepted.spec(), accepted.threads());
        return Response.created(URI.create("/api/searches/" + h.id())).entity(views.of(h)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List searches, newest first")
    @APIResponse(responseCode = "200", description = "Searches, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SearchView.class)))
    public List<SearchView> list() {
        return manager.list().stream().map(views::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "State, candidates evaluated, best objective so far; once finished the report and result files")
    @APIResponse(responseCode = "200", description = "The search",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchView.class)))
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    public SearchView get(@PathParam("id") String id) {
        return views.of(manager.get(id));
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a search; it writes no result files (409 when it has already ended)")
    @APIResponse(responseCode = "202", description = "Cancelling: the search as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchView.class)))
    @APIResponse(responseCode = "401", ref = LabApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = LabApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    @SecurityRequirement(name = LabApi.BEARER)
    public Response cancel(@PathParam("id") String id) {
        return Response.accepted(views.of(manager.cancel(id))).build();
    }

    @GET
    @Path("{id}/report")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The search report (report.json; report.md with Accept: text/markdown)")
    @APIResponse(responseCode = "200", description = "report.json or report.md",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "report.json: per budget the base parameters, best, best undetected, shrunk")),
                    @Content(mediaType = RunResource.MARKDOWN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    public Response reportJson(@PathParam("id") String id) {
        return file(id, "report.json");
    }

    @GET
    @Path("{id}/report")
    @Produces(RunResource.MARKDOWN)
    public Response reportMarkdown(@PathParam("id") String id) {
        return file(id, "report.md");
    }

    @GET
    @Path("{id}/files")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Names of the finished search's result files")
    @APIResponse(responseCode = "200", description = "File names (best-<budget>.yaml, best.yaml, evaluations.csv, frontier.csv, "
            + "convergence.svg, frontier.svg, report.md/json/html …)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)))
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    public List<String> files(@PathParam("id") String id) {
        return views.files(finished(id));
    }

    @GET
    @Path("{id}/files/{name}")
    @Produces({"application/yaml", "text/csv", "image/svg+xml", RunResource.MARKDOWN, MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "One result file of a finished search, e.g. best.yaml (runs as a plain strategy file)")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LabApi.CONFLICT)
    public Response file(@PathParam("id") String id, @PathParam("name") String name) {
        SearchHandle h = finished(id);
        if (!views.files(h).contains(name)) {
            throw new NotFoundException("search " + id + " has no file '" + name + "'; it has " + views.files(h));
        }
        try {
            return Response.ok(Files.readAllBytes(h.dir().resolve(name)), SearchViews.mediaType(name)).build();
        } catch (IOException e) {
            throw new NotFoundException("search " + id + ": " + name + " is unreadable");
        }
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events: state and progress; ends when the search ends",
            description = "Each frame: 'event: <name>', 'id: <n>', 'data: <JSON>' as for runs. state → SearchStreamState "
                    + "(first and last frame), progress → SearchStreamProgress (after each generation or shrink round).")
    @APIResponse(responseCode = "200", description = "The event stream; it ends after the search's final state event",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", ref = LabApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = LabApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = LabApi.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = LabApi.TOO_MANY)
    @APIResponse(responseCode = "503", ref = LabApi.UNAVAILABLE)
    @SecurityRequirement(name = LabApi.BEARER)
    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse events,
                       @Context HttpServerRequest request) {
        manager.subscribe(id, sink, events, request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress());
    }

    private SearchHandle finished(String id) {
        SearchHandle h = manager.get(id);
        if (h.state() != SearchHandle.State.FINISHED) {
            throw new RunConflictException("search " + id + " is " + h.state().wire() + "; its files are written when it finishes");
        }
        return h;
    }
}
