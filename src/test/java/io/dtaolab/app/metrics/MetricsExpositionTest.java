package io.dtaolab.app.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.app.runs.RunState;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code dtao_} metrics as Prometheus scrapes them after a short attack run a detector alarms on: every family
 * has HELP text, a name ending in its unit, only finite values, and the labels the dashboards and alerts rely on.
 */
@QuarkusTest
class MetricsExpositionTest {
    /** Suffixes that name a base unit (or say the metric has none because it is a ratio, an info or a state set). */
    static final List<String> UNIT_SUFFIXES = List.of("_total", "_ratio", "_tao", "_alpha", "_tao_per_block",
            "_seconds", "_blocks", "_per_second", "_info");
    /** Counts by state, and a search's best objective, whose unit is the objective's (TAO, TAO per TAO at risk). */
    static final Set<String> UNITLESS = Set.of("dtao_runs", "dtao_run_state", "dtao_searches", "dtao_search_best_objective");
    static final Pattern README_METRIC = Pattern.compile("`(dtao_[a-z_]+)`");

    private static String run;
    private static Scrape scrape;
    private static Throwable setupFailure;

    /** Once for the class; the app (and RestAssured's port) is not up yet in a static @BeforeAll. */
    @BeforeEach
    void runAndScrapeOnce() throws Exception {
        if (setupFailure != null) {
            throw new AssertionError("set-up failed before", setupFailure);
        }
        if (scrape == null) {
            try {
                scrape = runAndScrape();
            } catch (Exception | AssertionError e) {
                setupFailure = e;
                throw e;
            }
        }
    }

    private static Scrape runAndScrape() throws Exception {
        byte[] strategy;
        try (InputStream in = MetricsExpositionTest.class.getResourceAsStream("/detect/insider-collusion-short.yaml")) {
            strategy = in.readAllBytes();
        }
        run = given().contentType("application/yaml").body(strategy).queryParam("blocks", 3000)
                .queryParam("speed", "max").post("/api/runs").then().statusCode(201).extract().path("id");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!"finished".equals(given().get("/api/runs/" + run).path("state"))) {
            assertTrue(System.nanoTime() < deadline, "run " + run + " did not finish in 60 s");
            Thread.sleep(100);
        }
        // a small search too, so its dtao_search_* series are scraped and checked like the run's
        byte[] search;
        try (InputStream in = MetricsExpositionTest.class.getResourceAsStream("/service/search-small.yaml")) {
            search = in.readAllBytes();
        }
        String searchId = given().contentType("application/yaml").body(search).post("/api/searches").then().statusCode(201)
                .extract().path("id");
        while (!"finished".equals(given().get("/api/searches/" + searchId).path("state"))) {
            assertTrue(System.nanoTime() < deadline, "search " + searchId + " did not finish in time");
            Thread.sleep(100);
        }
        // the metrics binder consumes the final state (and the last alarms) on its own thread
        Map<String, String> finished = Map.of("run", run, "state", "finished");
        while (true) {
            String text = scrapeText();
            Scrape s = Scrape.parse(text);
            if (s.named("dtao_run_state").stream().anyMatch(x -> x.labels().equals(finished) && x.value() == 1)) {
                return s;
            }
            assertTrue(System.nanoTime() < deadline, "no finished dtao_run_state for " + run + " on /q/metrics:\n"
                    + text.lines().filter(l -> l.contains("dtao_run")).collect(Collectors.joining("\n")));
            Thread.sleep(100);
        }
    }

    private static String scrapeText() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void everyDtaoMetricHasHelpAUnitSuffixAndFiniteValues() {
        List<String> problems = new ArrayList<>();
        for (String family : scrape.families()) {
            String help = scrape.family(family, scrape.help);
            if (help == null || help.isBlank()) {
                problems.add(family + ": no HELP text");
            }
            if (!UNITLESS.contains(family) && UNIT_SUFFIXES.stream().noneMatch(family::endsWith)) {
                problems.add(family + ": name does not end in a unit (" + String.join(", ", UNIT_SUFFIXES) + ")");
            }
            String type = scrape.family(family, scrape.type);
            if ("counter".equals(type) != family.endsWith("_total")) {
                problems.add(family + ": " + type + "; counters and only counters end in _total");
            }
        }
        for (Sample s : scrape.samples) {
            if (!Double.isFinite(s.value())) {
                problems.add(s + ": not a finite value");
            }
        }
        assertTrue(scrape.families().size() >= 20, "dtao_ families scraped: " + scrape.families());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theReadmeDocumentsExactlyTheMetricsServed() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("### Metrics (`/q/metrics`)"), readme.indexOf("### Channels"));
        Set<String> documented = new TreeSet<>();
        Matcher m = README_METRIC.matcher(table);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(documented, new TreeSet<>(scrape.families()), "README metrics table vs /q/metrics");
    }

    @Test
    void runsByStateIsOneMetricWithAStateLabel() {
        Map<String, String> byState = new TreeMap<>();
        for (Sample s : scrape.named("dtao_runs")) {
            assertEquals(Set.of("state"), s.labels().keySet(), s.toString());
            byState.put(s.labels().get("state"), s.raw());
        }
        Set<String> states = Arrays.stream(RunState.values()).map(RunState::wire).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(states, byState.keySet(), "dtao_runs states");
        assertTrue(scrape.families().stream().noneMatch(f -> f.startsWith("dtao_runs_")), "per-state gauges left: "
                + scrape.families());
        assertTrue(scrape.value("dtao_runs", Map.of("state", "finished")) >= 1, "finished runs");
    }

    @Test
    void aRunIsLabelledForPeopleAndCarriesItsState() {
        assertEquals(1.0, scrape.value("dtao_run_info", Map.of("run", run, "strategy", "insider-collusion-short",
                "seed", "7", "preset", "current-2026-06")));
        for (RunState s : RunState.values()) {
            assertEquals(s == RunState.FINISHED ? 1.0 : 0.0, scrape.value("dtao_run_state", Map.of("run", run, "state", s.wire())),
                    "dtao_run_state " + s.wire());
        }
        Map<String, String> runPreset = Map.of("run", run, "preset", "current-2026-06");
        assertEquals(3000.0, scrape.value("dtao_run_simulated_blocks", runPreset));
        assertEquals(3000 * 12.0, scrape.value("dtao_run_simulated_time_seconds", runPreset));
        double started = scrape.value("dtao_run_start_time_seconds", Map.of("run", run));
        assertTrue(Math.abs(started - System.currentTimeMillis() / 1000.0) < 600, "start time " + started);
    }

    @Test
    void alarmsAreLabelledByDetector() {
        String detector = given().get("/api/runs/" + run).path("firstAlarm.detector");
        List<Sample> alarms = scrape.named("dtao_alarms_total").stream().filter(s -> run.equals(s.labels().get("run"))).toList();
        assertTrue(!alarms.isEmpty(), "no dtao_alarms_total for " + run);
        for (Sample s : alarms) {
            assertEquals(Set.of("run", "detector", "preset"), s.labels().keySet(), s.toString());
        }
        assertTrue(alarms.stream().anyMatch(s -> detector.equals(s.labels().get("detector")) && s.value() >= 1),
                "first alarm's detector " + detector + " not counted: " + alarms);
        for (Sample s : scrape.named("dtao_alarms_all_total")) {
            assertEquals(Set.of("detector", "preset"), s.labels().keySet(), s.toString());
        }
        assertTrue(scrape.samples.stream().filter(s -> s.name().startsWith("dtao_alarms"))
                .noneMatch(s -> s.labels().containsKey("agent_class")), "agent_class on an alarm metric");
    }

    record Sample(String name, Map<String, String> labels, String raw) {
        double value() {
            return switch (raw) {
                case "NaN" -> Double.NaN;
                case "+Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(raw);
            };
        }

        @Override
        public String toString() {
            return name + labels + " " + raw;
        }
    }

    /** The dtao_ part of a Prometheus text exposition. */
    static final class Scrape {
        private static final Pattern COMMENT = Pattern.compile("^# (HELP|TYPE) (dtao_\\w+)(?: (.*))?$");
        private static final Pattern SAMPLE = Pattern.compile("^(dtao_\\w+)(?:\\{(.*)})? (\\S+)(?: \\d+)?$");
        private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\",?");
        final Map<String, String> help = new TreeMap<>();
        final Map<String, String> type = new TreeMap<>();
        final List<Sample> samples = new ArrayList<>();

        static Scrape parse(String text) {
            Scrape s = new Scrape();
            for (String line : text.split("\n")) {
                Matcher c = COMMENT.matcher(line);
                if (c.matches()) {
                    (c.group(1).equals("HELP") ? s.help : s.type).put(c.group(2), c.group(3) == null ? "" : c.group(3));
                    continue;
                }
                Matcher m = SAMPLE.matcher(line);
                if (m.matches()) {
                    Map<String, String> labels = new TreeMap<>();
                    Matcher l = LABEL.matcher(m.group(2) == null ? "" : m.group(2));
                    while (l.find()) {
                        labels.put(l.group(1), l.group(2));
                    }
                    s.samples.add(new Sample(m.group(1), labels, m.group(3)));
                }
            }
            return s;
        }

        /** The names series are queried by (a counter family {@code x} is scraped as {@code x_total}). */
        Set<String> families() {
            return samples.stream().map(Sample::name).filter(n -> !n.endsWith("_created"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /** HELP or TYPE of the family a scraped name belongs to. */
        String family(String name, Map<String, String> comments) {
            String own = comments.get(name);
            return own != null || !name.endsWith("_total") ? own : comments.get(name.substring(0, name.length() - 6));
        }

        List<Sample> named(String name) {
            return samples.stream().filter(s -> s.name().equals(name)).toList();
        }

        double value(String name, Map<String, String> labels) {
            List<Sample> found = named(name).stream().filter(s -> s.labels().equals(labels)).toList();
            assertEquals(1, found.size(), name + labels + " in " + named(name));
            return found.get(0).value();
        }
    }
}
