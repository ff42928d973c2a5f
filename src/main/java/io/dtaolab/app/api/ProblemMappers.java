package io.dtaolab.app.api;

import io.dtaolab.app.messaging.StreamRefusedException;
import io.dtaolab.app.jobs.QueueFullException;
import io.dtaolab.app.jobs.RunConflictException;
import io.dtaolab.app.jobs.StorageException;
import io.dtaolab.app.jobs.UnknownJobException;
import io.dtaolab.app.jobs.UnknownRunException;
import io.dtaolab.app.runs.InvalidRequestException;
import io.dtaolab.app.runs.StrategyRejectedException;
import io.dtaolab.app.runs.WorkBudgetException;
import io.dtaolab.app.searches.SearchRejectedException;
import io.dtaolab.app.sweeps.SweepRejectedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure leaves as application/problem+json; stack traces stay in the server log. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String TYPE_BASE = "https://dtao-lab.local/problems/";

    @ServerExceptionMapper
    public Response strategy(StrategyRejectedException e, UriInfo uri) {
        return new Problem(TYPE_BASE + "invalid-strategy", "Invalid strategy", 422, e.getMessage(), path(uri), e.errors())
                .toResponse().build();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, UriInfo uri) {
        return new Problem(TYPE_BASE + "invalid-request", "Bad Request", 400, e.getMessage(), path(uri), null)
                .toResponse().build();
    }

    @ServerExceptionMapper
    public Response storage(StorageException e, UriInfo uri) {
        return new Problem(TYPE_BASE + "storage", "Service Unavailable", 503, e.getMessage(), path(uri), null)
                .toResponse().header(HttpHeaders.RETRY_AFTER, 60).build();
    }

    @ServerExceptionMapper
    public Response workBudget(WorkBudgetException e, UriInfo uri) {
        return new Problem(TYPE_BASE + "work-budget", "Work budget exceeded", 422, e.getMessage(), path(uri), null)
                .toResponse().build();
    }

    @ServerExceptionMapper
    public Response unknown(UnknownRunException e, UriInfo uri) {
        return new Problem(TYPE_BASE + "unknown-run", "Not Found", 404, e.getMessage(), path(uri), null).toResponse().build();
    }

    @ServerExceptionMapper
    public Response unknownJob(UnknownJobException e, UriInfo uri) {
        return new Problem(TYPE_BASE + "unknown-id", "Not Found", 404, e.getMessage(), path(uri), null).toResponse().build();
    }

    @ServerExceptionMapper
    public Response sweep(SweepRejectedException e, UriInfo uri) {
        return new Problem(TYPE_BASE + "invalid-sweep", "Invalid sweep", 422, e.getMessage(), path(uri), e.errors())
                .toResponse().build();
    }

    @ServerExceptionMapper
    public Response search(SearchRejectedException e, UriInfo uri) {
        return new Problem(TYPE_BASE + "invalid-search", "Invalid search", 422, e.getMessage(), path(uri), e.errors())
                .toResponse().build();
    }

    @ServerExceptionMapper
    public Response conflict(RunConflictException e, UriInfo uri) {
        return new Problem(TYPE_BASE + "run-state", "Conflict", 409, e.getMessage(), path(uri), null).toResponse().build();
    }

    @ServerExceptionMapper
    public Response queueFull(QueueFullException e, UriInfo uri) {
        return new Problem(TYPE_BASE + "queue-full", "Too Many Requests", 429, e.getMessage(), path(uri), null)
                .toResponse().header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response streamRefused(StreamRefusedException e, UriInfo uri) {
        String title = e.status() == 429 ? "Too Many Requests" : "Service Unavailable";
        return new Problem(TYPE_BASE + "too-many-streams", title, e.status(), e.getMessage(), path(uri), null)
                .toResponse().header(HttpHeaders.RETRY_AFTER, 10).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String message = e.getMessage();
        String detail = message != null && !message.startsWith("HTTP ") ? message : switch (status.getStatusCode()) {
            case 404 -> "no resource at " + path(uri);
            case 405 -> "method not allowed on " + path(uri);
            case 406 -> "cannot produce the media type asked for in Accept";
            case 415 -> "unsupported Content-Type; use application/json, application/yaml or text/yaml";
            case 413 -> "request body too large";
            default -> status.getReasonPhrase();
        };
        Response.ResponseBuilder out = Problem.of(status, detail, path(uri)).toResponse();
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> out.header(name, v));
            }
        });
        return out.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "unhandled error on %s", path(uri));
        return new Problem("about:blank", "Internal Server Error", 500,
                "unexpected server error (" + e.getClass().getSimpleName() + "); see the server log", path(uri), null)
                .toResponse().build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
