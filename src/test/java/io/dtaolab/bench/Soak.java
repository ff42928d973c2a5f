package io.dtaolab.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soak against a running {@code serve} with a token: N paced runs × M SSE clients, two /q/metrics scrapes a second,
 * and a hostile client sending malformed, oversized, over-budget and unauthenticated requests.
 * Counts 5xx answers (the goal is 0), and prints heap, RSS and scrape size over time. Args: baseUrl serverPid token
 * [runs=8] [clients=50] [seconds=600] [blocksPerSecond=20].
 */
public final class Soak {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicLong CLIENT_FAILURES = new AtomicLong();
    private static final AtomicLong SERVER_ERRORS = new AtomicLong();
    private static final AtomicLong HOSTILE = new AtomicLong();
    private static final AtomicLong HOSTILE_REFUSED_4XX = new AtomicLong();
    private static final AtomicLong SSE_OPEN = new AtomicLong();
    private static final AtomicLong SSE_EVENTS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        String auth = "Bearer " + args[2];
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 600;
        double pace = args.length > 6 ? Double.parseDouble(args[6]) : 20;
        long blocks = (long) (pace * (seconds + 60));

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String body = String.format(Locale.ROOT, "{\"strategy\":\"wash-trader\",\"seed\":%d,\"blocks\":%d,\"speed\":%s}",
                    200 + i, blocks, pace);
            HttpResponse<String> r = send(post("/api/runs", "application/json", body, auth, base));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("start failed: " + r.statusCode() + " " + r.body());
            }
            Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(r.body());
            m.find();
            ids.add(m.group(1));
        }
        for (String id : ids) {
            for (int c = 0; c < clients; c++) {
                HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id + "/events"))
                        .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(resp -> {
                            count(resp.statusCode());
                            if (resp.statusCode() == 200) {
                                SSE_OPEN.incrementAndGet();
                            }
                            resp.body().forEach(line -> {
                                if (line.startsWith("event:")) {
                                    SSE_EVENTS.incrementAndGet();
                                }
                            });
                        });
            }
        }
        ScheduledExecutorService hostile = Executors.newSingleThreadScheduledExecutor();
        List<HttpRequest> bad = hostileRequests(base, auth, ids.get(0));
        AtomicLong next = new AtomicLong();
        hostile.scheduleAtFixedRate(() -> {
            try {
                HttpResponse<String> r = send(bad.get((int) (next.getAndIncrement() % bad.size())));
                HOSTILE.incrementAndGet();
                if (r.statusCode() >= 400 && r.statusCode() < 500) {
                    HOSTILE_REFUSED_4XX.incrementAndGet();
                }
            } catch (Exception e) {
                // a connection the server closed on an oversized body counts as refused, not as an error
                HOSTILE.incrementAndGet();
                HOSTILE_REFUSED_4XX.incrementAndGet();
            }
        }, 200, 200, TimeUnit.MILLISECONDS);

        System.out.printf("soak: %d runs x %d SSE clients, pace %.1f blocks/s, 2 scrapes/s, hostile client 5 req/s, %d s%n",
                runs, clients, pace, seconds);
        System.out.println("t_s  5xx  hostile(4xx)  scrape_kB  scrape_ms  heap_MiB  rss_MiB  sse_open  sse_events");
        long start = System.nanoTime();
        long maxScrapeBytes = 0;
        long maxScrapeMs = 0;
        List<Double> heapSamples = new ArrayList<>();
        for (int half = 1; half <= seconds * 2; half++) {
            long due = start + half * 500_000_000L;
            long s0 = System.nanoTime();
            HttpResponse<String> metrics;
            try {
                metrics = send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build());
            } catch (java.io.IOException e) {
                CLIENT_FAILURES.incrementAndGet();
                continue;
            }
            long ms = (System.nanoTime() - s0) / 1_000_000;
            maxScrapeMs = Math.max(maxScrapeMs, ms);
            maxScrapeBytes = Math.max(maxScrapeBytes, metrics.body().length());
            double heap = ServiceLoad.heap(metrics.body()) / 1048576.0;
            if (half % 20 == 0) {
                heapSamples.add(heap);
            }
            if (half % 60 == 0 || half == 2) {
                System.out.printf("%4d %4d %6d(%d) %10.1f %10d %9.1f %8.1f %9d %11d%n", half / 2, SERVER_ERRORS.get(),
                        HOSTILE.get(), HOSTILE_REFUSED_4XX.get(), metrics.body().length() / 1024.0, ms, heap,
                        ServiceLoad.rss(pid) / 1024.0, SSE_OPEN.get(), SSE_EVENTS.get());
            }
            long sleep = due - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(sleep / 1_000_000);
            }
        }
        hostile.shutdownNow();
        int third = Math.max(1, heapSamples.size() / 3);
        double first = heapSamples.subList(0, third).stream().mapToDouble(d -> d).average().orElse(0);
        double last = heapSamples.subList(heapSamples.size() - third, heapSamples.size()).stream().mapToDouble(d -> d)
                .average().orElse(0);
        System.out.printf("scrapes that failed on the client side (connection): %d%n", CLIENT_FAILURES.get());
        System.out.printf("5xx answers %d; hostile requests %d (%d refused with 4xx); max scrape %.1f kB in %d ms; "
                        + "heap mean first third %.1f MiB, last third %.1f MiB; SSE streams opened %d, events %d%n",
                SERVER_ERRORS.get(), HOSTILE.get(), HOSTILE_REFUSED_4XX.get(), maxScrapeBytes / 1024.0, maxScrapeMs, first,
                last, SSE_OPEN.get(), SSE_EVENTS.get());
        for (String id : ids) {
            String view = send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id)).build()).body();
            System.out.printf("%s blocks done %.0f (%.2f blocks/s)%n", id, ServiceLoad.num(view, "blocksDone"),
                    ServiceLoad.num(view, "blocksDone") / ((System.nanoTime() - start) / 1e9));
            send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id)).header("Authorization", auth).DELETE().build());
        }
        System.exit(SERVER_ERRORS.get() == 0 ? 0 : 1);
    }

    private static List<HttpRequest> hostileRequests(String base, String auth, String liveRun) {
        StringBuilder swarms = new StringBuilder("name: swarm\nseed: 1\nblocks: 10\npreset: holder-vote\n"
                + "network: { synthetic: { subnets: 2 } }\nadversaries:\n");
        for (int i = 0; i < 50; i++) {
            swarms.append("  - { id: s").append(i).append(", type: sybil-swarm, target: 1, budgetTao: 10, coldkeys: 100000, "
                    + "params: { swarmColdkeys: 100000 } }\n");
        }
        String nested = "a: " + "[".repeat(5_000) + "]".repeat(5_000);
        return List.of(
                post("/api/runs", "application/json", "{\"strategy\": \"wash-trader\",\n \"blocks\": ,}", auth, base),
                post("/api/runs", "application/yaml", "x".repeat(2_000_000), auth, base),
                post("/api/runs", "application/yaml", swarms.toString(), auth, base),
                post("/api/runs", "application/json", "{\"strategy\": \"mainnet-scale\", \"blocks\": 5256000}", auth, base),
                post("/api/runs?seed=-4", "application/json", "{\"strategy\": \"wash-trader\", \"blocks\": 10}", auth, base),
                post("/api/runs", "application/yaml", swarms.toString(), null, base),
                post("/api/strategies/validate", "application/yaml", nested, null, base),
                post("/api/strategies/validate", "application/yaml", "network: { snapshot: ../../../etc/passwd.csv }", null, base),
                HttpRequest.newBuilder(URI.create(base + "/api/runs/" + liveRun + "/speed")).header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"speed\": 9999, \"paused\": 3}")).build(),
                HttpRequest.newBuilder(URI.create(base + "/api/runs/" + liveRun + "/events")).build());
    }

    private static HttpRequest post(String path, String type, String body, String auth, String base) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return b.build();
    }

    private static HttpResponse<String> send(HttpRequest r) throws Exception {
        HttpResponse<String> resp = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        count(resp.statusCode());
        return resp;
    }

    private static void count(int status) {
        if (status >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
    }
}
