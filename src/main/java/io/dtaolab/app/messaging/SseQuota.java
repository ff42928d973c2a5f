package io.dtaolab.app.messaging;

import java.util.HashMap;
import java.util.Map;

/** Open SSE streams, counted per client address and in total, each under its limit. */
final class SseQuota {
    private final int maxTotal;
    private final int maxPerClient;
    private final Map<String, Integer> perClient = new HashMap<>();
    private int total;

    SseQuota(int maxTotal, int maxPerClient) {
        this.maxTotal = maxTotal;
        this.maxPerClient = maxPerClient;
    }

    synchronized void acquire(String client) {
        int mine = perClient.getOrDefault(client, 0);
        if (mine >= maxPerClient) {
            throw new StreamRefusedException(429, "this client has " + mine + " event streams open; at most " + maxPerClient
                    + " per client (lab.events.sse-max-per-client)");
        }
        if (total >= maxTotal) {
            throw new StreamRefusedException(503, "the server has " + total + " event streams open; at most " + maxTotal
                    + " (lab.events.sse-max-clients)");
        }
        perClient.put(client, mine + 1);
        total++;
    }

    synchronized void release(String client) {
        perClient.computeIfPresent(client, (k, n) -> n > 1 ? n - 1 : null);
        total--;
    }
}
