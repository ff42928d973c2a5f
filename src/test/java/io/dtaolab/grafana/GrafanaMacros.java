package io.dtaolab.grafana;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interpolates a panel query the way Grafana would before sending it to Prometheus. The macro values are what
 * Grafana computes for the dashboards' default 15-minute view at the datasource's 1 s scrape interval:
 * {@code $__interval} = 15m / ~1000 points, floored at 1 s; {@code $__rate_interval} = max(interval + scrape,
 * 4 × scrape).
 */
final class GrafanaMacros {
    static final Map<String, String> VALUES = Map.of(
            "__interval", "1s",
            "__interval_ms", "1000",
            "__rate_interval", "4s",
            "__range", "15m",
            "__range_s", "900",
            "__range_ms", "900000");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");

    private GrafanaMacros() {
    }

    /** Replaces {@code $name} and {@code ${name}} by macro or variable values; unknown names are an error. */
    static String interpolate(String expr, Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(VALUES);
        all.putAll(variables);
        Matcher m = REFERENCE.matcher(expr);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = all.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for $" + name + " in " + expr);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
