package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Event streams need the token when one is set, and are limited per client address (429) and in total (503). */
@QuarkusTest
@TestProfile(StreamLimitsTest.Limited.class)
class StreamLimitsTest {
    static final String TOKEN = "str3am-t0ken";

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lab.api.token", TOKEN, "lab.events.sse-max-per-client", "2", "lab.events.sse-max-clients", "3",
                    "lab.runs.dir", "target/test-runs-streams");
        }
    }

    @TestHTTPResource("/")
    URL base;

    private final List<Socket> open = new ArrayList<>();

    @AfterEach
    void closeStreams() throws Exception {
        for (Socket s : open) {
            s.close();
        }
    }

    /** Opens an event stream from {@code from} and answers the HTTP status (the socket stays open on 200). */
    private int stream(String id, String from, String token) throws Exception {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        s.setSoTimeout(10_000);
        OutputStream out = s.getOutputStream();
        out.write(("GET /api/runs/" + id + "/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        open.add(s);
        return Integer.parseInt(status.split(" ")[1]);
    }

    @Test
    void streamsNeedTheTokenAndAreLimitedPerClientAndInTotal() throws Exception {
        String id = given().auth().oauth2(TOKEN).contentType("application/yaml").body(Fixtures.resource("small.yaml"))
                .queryParam("speed", "2").post("/api/runs").then().statusCode(201).extract().path("id");
        try {
            assertEquals(401, stream(id, "127.0.0.1", null));
            assertEquals(403, stream(id, "127.0.0.1", "wrong"));
            assertEquals(200, stream(id, "127.0.0.1", TOKEN));
            assertEquals(200, stream(id, "127.0.0.1", TOKEN));
            assertEquals(429, stream(id, "127.0.0.1", TOKEN), "third stream of one client");
            assertEquals(200, stream(id, "127.0.0.2", TOKEN), "another client still gets one");
            assertEquals(503, stream(id, "127.0.0.2", TOKEN), "server total reached");

            open.get(2).close(); // the first accepted stream hangs up; its place frees once the server notices
            Await.until(Duration.ofSeconds(20), "a freed stream place", () -> {
                try {
                    return stream(id, "127.0.0.2", TOKEN) == 200;
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            given().auth().oauth2(TOKEN).delete("/api/runs/" + id);
        }
    }

    @Test
    void refusalsAreProblemDocuments() throws Exception {
        String id = given().auth().oauth2(TOKEN).contentType("application/yaml").body(Fixtures.resource("small.yaml"))
                .queryParam("speed", "2").post("/api/runs").then().statusCode(201).extract().path("id");
        try {
            assertEquals(200, stream(id, "127.0.0.1", TOKEN));
            assertEquals(200, stream(id, "127.0.0.1", TOKEN));
            var r = given().auth().oauth2(TOKEN).accept("text/event-stream").get("/api/runs/" + id + "/events");
            assertEquals(429, r.statusCode());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertTrue(r.asString().contains("lab.events.sse-max-per-client"), r.asString());
            assertTrue(r.header("Retry-After") != null);
        } finally {
            given().auth().oauth2(TOKEN).delete("/api/runs/" + id);
        }
    }

    @Test
    void aRequestAddressedToAnotherHostIsRefusedWhileOnLoopback() {
        given().header("Host", "attacker.example").get("/api/runs").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Host", "localhost:8080").get("/api/runs").then().statusCode(200);
    }
}
