package io.dtaolab.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark against a running {@code serve} instance on loopback: N paced runs, M SSE clients per run,
 * a /q/metrics scrape every second, for a duration; prints error counts, heap/RSS over time and each run's
 * achieved vs requested pace. Args: baseUrl serverPid [runs=8] [clients=50] [seconds=300] [blocksPerSecond=20]
 * [strategy=wash-trader].
 */
public final class ServiceLoad {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicLong ERRORS = new AtomicLong();
    private static final AtomicLong SSE_EVENTS = new AtomicLong();
    private static final AtomicLong SSE_FAILED = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 300;
        double pace = args.length > 5 ? Double.parseDouble(args[5]) : 20;
        String strategy = args.length > 6 ? args[6] : "wash-trader";
        long blocks = (long) (pace * (seconds + 60));

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String body = String.format(Locale.ROOT, "{\"strategy\":\"%s\",\"seed\":%d,\"blocks\":%d,\"speed\":%s}",
                    strategy, 100 + i, blocks, pace);
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("start failed: " + r.statusCode() + " " + r.body());
            }
            Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(r.body());
            m.find();
            ids.add(m.group(1));
        }
        for (String id : ids) {
            for (int c = 0; c < clients; c++) {
                HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id + "/events")).build(),
                        HttpResponse.BodyHandlers.ofLines()).thenAccept(resp -> {
                            if (resp.statusCode() != 200) {
                                ERRORS.incrementAndGet();
                            }
                            resp.body().forEach(line -> {
                                if (line.startsWith("event:")) {
                                    SSE_EVENTS.incrementAndGet();
                                }
                            });
                        }).exceptionally(e -> {
                            SSE_FAILED.incrementAndGet();
                            return null;
                        });
            }
        }
        System.out.printf("started %d runs x %d SSE clients, pace %.1f blocks/s, %d s%n", runs, clients, pace, seconds);
        System.out.println("t_s  scrapes  errors  scrape_ms  heap_MiB  rss_MiB  sse_events");
        long start = System.nanoTime();
        long scrapes = 0;
        long maxScrapeMs = 0;
        for (int t = 1; t <= seconds; t++) {
            long due = start + t * 1_000_000_000L;
            long s0 = System.nanoTime();
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - s0) / 1_000_000;
            maxScrapeMs = Math.max(maxScrapeMs, ms);
            scrapes++;
            if (metrics.statusCode() != 200) {
                ERRORS.incrementAndGet();
            }
            if (t % 10 == 0 || t == 1) {
                System.out.printf("%4d %8d %7d %10d %9.1f %8.1f %11d%n", t, scrapes, ERRORS.get(), ms,
                        heap(metrics.body()) / 1048576.0, rss(pid) / 1024.0, SSE_EVENTS.get());
            }
            long sleep = due - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(sleep / 1_000_000);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("elapsed %.1f s, scrapes %d, max scrape %d ms, error responses %d, SSE connection failures %d%n",
                elapsed, scrapes, maxScrapeMs, ERRORS.get(), SSE_FAILED.get());
        System.out.println("run            requested  recent_bps  blocks_done  avg_bps_since_start");
        for (String id : ids) {
            String view = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double recent = num(view, "blocksPerSecond");
            double done = num(view, "blocksDone");
            System.out.printf("%s  %9.1f  %10.2f  %11.0f  %19.2f%n", id, pace, recent, done, done / elapsed);
        }
        String drops = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body().lines().filter(l -> l.startsWith("dtao_events_dropped_total"))
                .findFirst().orElse("");
        System.out.println(drops);
        for (String id : ids) {
            HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    static double num(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":([0-9.eE+-]+)").matcher(json);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    static double heap(String metrics) {
        double sum = 0;
        Matcher m = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} (\\S+)$").matcher(metrics);
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception ignored) {
            // the server is gone; reported as 0
        }
        return 0;
    }
}
