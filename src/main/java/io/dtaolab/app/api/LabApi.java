package io.dtaolab.app.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API as a whole for OpenAPI: the bearer scheme (Swagger UI's Authorize button) and the problem+json answers the
 * operations refer to by name ({@code ref = "NotFound"}). Every error leaves through {@link ProblemMappers}.
 */
@OpenAPIDefinition(info = @Info(title = "dTAO Stress Lab API", version = "0.1.0",
        description = "Adversarial runs of Bittensor Dynamic TAO emission allocation: start, watch (SSE), pause, "
                + "compare presets, sweep, search for the worst attack. Errors are RFC 9457 problem details (application/problem+json)."),
        components = @Components(responses = {
                @APIResponse(name = LabApi.BAD_REQUEST, responseCode = "400", description = "Malformed body, unknown "
                        + "property, bad parameter value", content = @Content(mediaType = Problem.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = LabApi.UNAUTHORIZED, responseCode = "401", description = "lab.api.token is set and "
                        + "the request has no Authorization: Bearer header", content = @Content(mediaType = Problem.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = LabApi.FORBIDDEN, responseCode = "403", description = "Wrong bearer token, or a "
                        + "Host header other than localhost while the lab listens on loopback",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = LabApi.NOT_FOUND, responseCode = "404", description = "No such id or name",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = LabApi.CONFLICT, responseCode = "409", description = "Not possible in the current "
                        + "state (e.g. a report before the run has ended)", content = @Content(mediaType = Problem.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = LabApi.TOO_LARGE, responseCode = "413", description = "Body over 1 MiB",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = LabApi.UNSUPPORTED, responseCode = "415", description = "Content-Type other than "
                        + "JSON or YAML", content = @Content(mediaType = Problem.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = LabApi.INVALID, responseCode = "422", description = "The document is not a valid "
                        + "strategy, sweep or search file (every field error with line and column in errors), or asks for more work "
                        + "than the server allows", content = @Content(mediaType = Problem.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = LabApi.TOO_MANY, responseCode = "429", description = "Queue full or too many "
                        + "streams from this client; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = LabApi.UNAVAILABLE, responseCode = "503", description = "Storage unavailable or "
                        + "the server's stream limit reached; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class)))}))
@SecurityScheme(securitySchemeName = LabApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The token the lab was started with (serve --token, lab.api.token, LAB_API_TOKEN); needed for "
                + "POST/PUT/DELETE (except validation) and event streams when set")
public class LabApi extends Application {
    static final String BEARER = "bearer";
    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";
    static final String TOO_LARGE = "PayloadTooLarge";
    static final String UNSUPPORTED = "UnsupportedMediaType";
    static final String INVALID = "Unprocessable";
    static final String TOO_MANY = "TooManyRequests";
    static final String UNAVAILABLE = "ServiceUnavailable";
}
