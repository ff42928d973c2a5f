package io.dtaolab.app.api;

import io.dtaolab.app.config.LabConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Start-up rules for where the lab listens: a blank token is a warning (authentication is off), and listening beyond
 * loopback without a token is refused unless {@code serve --insecure} ({@code lab.api.insecure=true}).
 */
@ApplicationScoped
public class ExposureGuard {
    private static final Logger LOG = Logger.getLogger(ExposureGuard.class);

    private final LabConfig config;
    private final String host;

    public ExposureGuard(LabConfig config, @ConfigProperty(name = "quarkus.http.host") String host) {
        this.config = config;
        this.host = host;
    }

    void check(@Observes @Priority(0) StartupEvent ignored) {
        if (config.api().token().filter(String::isBlank).isPresent()) {
            LOG.warn("lab.api.token is set but blank: authentication is OFF; set a real token or remove the setting");
        }
        Optional<String> problem = problem(host, config.api().token(), config.api().insecure());
        if (problem.isPresent()) {
            LOG.error(problem.get());
            throw new IllegalStateException(problem.get());
        }
        if (!isLoopback(host) && config.api().insecure() && !hasToken(config.api().token())) {
            LOG.warnf("listening on %s without a token (--insecure): anyone who can reach it can start and stop runs", host);
        }
    }

    /** Why the lab must not start with these settings, or empty. */
    static Optional<String> problem(String host, Optional<String> token, boolean insecure) {
        if (isLoopback(host) || hasToken(token) || insecure) {
            return Optional.empty();
        }
        return Optional.of("refusing to listen on " + host + " without an API token: set lab.api.token (LAB_API_TOKEN), "
                + "listen on 127.0.0.1, or start with serve --insecure");
    }

    static boolean hasToken(Optional<String> token) {
        return token.filter(t -> !t.isBlank()).isPresent();
    }

    static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
