package io.dtaolab.app.api;

import io.dtaolab.app.config.LabConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * When {@code lab.api.token} is set, mutating /api requests and event streams need {@code Authorization: Bearer
 * <token>}. While the lab listens on loopback only, /api answers only requests addressed to a loopback name (the
 * Host header), so a web page cannot reach it through DNS rebinding.
 */
public class BearerAuthFilter {
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Pattern EVENTS = Pattern.compile("/api/(runs|searches)/[^/]+/events/?");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Optional<byte[]> token;
    private final boolean loopbackOnly;
    private final Set<String> allowedHosts;

    public BearerAuthFilter(LabConfig config, @ConfigProperty(name = "quarkus.http.host") String host) {
        this.token = config.api().token().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.loopbackOnly = ExposureGuard.isLoopback(host);
        Set<String> hosts = new HashSet<>(LOOPBACK_NAMES);
        config.api().allowedHosts().ifPresent(list -> list.forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT))));
        this.allowedHosts = Set.copyOf(hosts);
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!request.getUriInfo().getPath().startsWith("/api")) {
            return Optional.empty();
        }
        if (loopbackOnly && !hostAllowed(request.getHeaderString(HttpHeaders.HOST))) {
            return Optional.of(Problem.of(Response.Status.FORBIDDEN, "this lab answers requests addressed to localhost only;"
                    + " add the name to lab.api.allowed-hosts to allow it", path).toResponse().build());
        }
        boolean needsToken = MUTATING.contains(request.getMethod()) && !request.getUriInfo().getPath().equals("/api/strategies/validate")
                || EVENTS.matcher(request.getUriInfo().getPath()).matches();
        if (token.isEmpty() || !needsToken) {
            return Optional.empty();
        }
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

    private boolean hostAllowed(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return true;
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            h = h.substring(0, colon);
        }
        return allowedHosts.contains(h);
    }
}
