package io.dtaolab.app.api;

import io.dtaolab.app.config.LabConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** When {@code lab.api.token} is set, mutating /api requests need {@code Authorization: Bearer <token>}. */
public class BearerAuthFilter {
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final Optional<byte[]> token;

    public BearerAuthFilter(LabConfig config) {
        this.token = config.api().token().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        if (token.isEmpty() || !MUTATING.contains(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api")
                || request.getUriInfo().getPath().equals("/api/strategies/validate")) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(Problem.of(Response.Status.UNAUTHORIZED, "this endpoint needs Authorization: Bearer <token>", path)
                    .toResponse().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dtao-lab\"").build());
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.get())) {
            return Optional.of(Problem.of(Response.Status.FORBIDDEN, "the bearer token is not valid", path).toResponse()
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dtao-lab\", error=\"invalid_token\"").build());
        }
        return Optional.empty();
    }
}
