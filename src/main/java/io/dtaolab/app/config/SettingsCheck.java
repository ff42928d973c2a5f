package io.dtaolab.app.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Refuses to start on a numeric {@code lab.*} setting outside its range (a negative pace, zero concurrent runs, a
 * limit of 0): each such value would otherwise surface later as a failed request instead of a start-up error that
 * names the setting.
 */
@ApplicationScoped
public class SettingsCheck {
    private static final Logger LOG = Logger.getLogger(SettingsCheck.class);

    private final LabConfig config;

    public SettingsCheck(LabConfig config) {
        this.config = config;
    }

    void check(@Observes @Priority(0) StartupEvent ignored) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            String message = "invalid settings: " + String.join("; ", problems);
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }

    /** Each setting out of range, as "name = value: what is allowed"; empty when all are valid. */
    public static List<String> problems(LabConfig c) {
        List<String> out = new ArrayList<>();
        atLeast(out, "lab.runs.max-concurrent", c.runs().maxConcurrent(), 1);
        atLeast(out, "lab.runs.queue-limit", c.runs().queueLimit(), 0);
        atLeast(out, "lab.runs.max-blocks", c.runs().maxBlocks(), 1);
        atLeast(out, "lab.runs.max-agents", c.runs().maxAgents(), 1);
        atLeast(out, "lab.runs.max-keys", c.runs().maxKeys(), 1);
        atLeast(out, "lab.runs.max-work", c.runs().maxWork(), 1);
        double speed = c.runs().defaultSpeed();
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            out.add("lab.runs.default-speed = " + speed + ": blocks per second, a finite number >= 0 (0 = as fast as possible)");
        }
        positive(out, "lab.metrics.retention", c.metrics().retention());
        atLeast(out, "lab.metrics.recent-runs", c.metrics().recentRuns(), 0);
        atLeast(out, "lab.events.buffer", c.events().buffer(), 1);
        atLeast(out, "lab.events.client-buffer", c.events().clientBuffer(), 1);
        positive(out, "lab.events.block-interval", c.events().blockInterval());
        atLeast(out, "lab.events.sse-max-clients", c.events().sseMaxClients(), 1);
        atLeast(out, "lab.events.sse-max-per-client", c.events().sseMaxPerClient(), 1);
        atLeast(out, "lab.sweeps.max-concurrent", c.sweeps().maxConcurrent(), 1);
        atLeast(out, "lab.sweeps.queue-limit", c.sweeps().queueLimit(), 0);
        atLeast(out, "lab.sweeps.max-workers", c.sweeps().maxWorkers(), 1);
        atLeast(out, "lab.sweeps.max-work", c.sweeps().maxWork(), 1);
        atLeast(out, "lab.searches.max-concurrent", c.searches().maxConcurrent(), 1);
        atLeast(out, "lab.searches.queue-limit", c.searches().queueLimit(), 0);
        atLeast(out, "lab.searches.max-threads", c.searches().maxThreads(), 1);
        atLeast(out, "lab.searches.max-work", c.searches().maxWork(), 1);
        return out;
    }

    private static void atLeast(List<String> out, String name, long value, long min) {
        if (value < min) {
            out.add(name + " = " + value + ": must be >= " + min);
        }
    }

    private static void positive(List<String> out, String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            out.add(name + " = " + value + ": must be a positive duration");
        }
    }
}
