package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The agents' wake order: the calendar-plus-heap queue wakes exactly the agents a sorted set of (block, agent) wakes,
 * in the same order, under random schedules like a world's (near and far wakes, several per block, blocks skipped,
 * wakes added behind the current block, agents leaving a fork).
 */
class WakeQueueTest {
    @Test
    void wakesInTheOrderOfASortedSet() {
        SplittableRandom r = new SplittableRandom(42);
        for (int world = 0; world < 40; world++) {
            WakeQueue q = new WakeQueue();
            TreeSet<long[]> expected = new TreeSet<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            int agents = 1 + r.nextInt(world % 4 == 0 ? 20 : 3000);
            long start = r.nextInt(3) == 0 ? 0 : r.nextLong(1L << 40);
            long now = start;
            boolean[] queued = new boolean[agents];
            for (int a = 0; a < agents; a++) {
                if (r.nextInt(10) > 0) {
                    long wake = now + 1 + gap(r);
                    q.add(wake, a);
                    expected.add(new long[] {wake, a});
                    queued[a] = true;
                }
            }
            int limit = agents;
            int steps = 2000 + r.nextInt(20_000);
            for (int step = 0; step < steps; step++) {
                now += r.nextInt(50) == 0 ? 1 + r.nextInt(3 * WakeQueue.SLOTS) : 1;
                List<Integer> woken = new ArrayList<>();
                while (q.dueAt(now)) {
                    int a = q.poll(now);
                    long[] e = expected.pollFirst();
                    assertEquals(e[1], a, "world " + world + " block " + now + ": agent woken");
                    queued[a] = false;
                    woken.add(a);
                    if (r.nextInt(8) > 0) {
                        long wake = now + 1 + gap(r);
                        q.add(wake, a);
                        expected.add(new long[] {wake, a});
                        queued[a] = true;
                    }
                }
                long[] first = expected.isEmpty() ? null : expected.first();
                assertEquals(first != null && first[0] <= now, false, "world " + world + " block " + now + ": nothing left due");
                if (r.nextInt(30) == 0) { // a wake added behind the current block (or at it) is due at once
                    int a = r.nextInt(limit);
                    if (!queued[a]) {
                        long wake = now - r.nextInt(5);
                        q.add(wake, a);
                        expected.add(new long[] {wake, a});
                        queued[a] = true;
                    }
                }
                if (r.nextInt(2000) == 0 && limit > 1) {
                    limit = 1 + r.nextInt(limit);
                    q.retainAgentsBelow(limit);
                    final int l = limit;
                    expected.removeIf(e -> e[1] >= l);
                    for (int a = limit; a < agents; a++) {
                        queued[a] = false;
                    }
                }
                assertEquals(expected.size(), q.size(), "world " + world + " block " + now + ": entries");
                for (int a = 0; a < limit && expected.size() < limit && r.nextInt(4) == 0; a = r.nextInt(limit)) {
                    if (!queued[a]) {
                        long wake = now + 1 + gap(r);
                        q.add(wake, a);
                        expected.add(new long[] {wake, a});
                        queued[a] = true;
                    }
                }
            }
        }
    }

    /** Gaps like the agents': mostly within the calendar, some far beyond it, some exactly at its edge. */
    private static long gap(SplittableRandom r) {
        return switch (r.nextInt(10)) {
            case 0 -> r.nextLong(400L * 7200);
            case 1 -> WakeQueue.SLOTS - 2 + r.nextInt(4);
            case 2, 3 -> r.nextInt(3);
            default -> r.nextInt(4000);
        };
    }
}
