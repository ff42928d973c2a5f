package io.dtaolab.app.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ended runs whose meters stay, at most {@code limit}, oldest evicted first; evicted ones are remembered (the
 * last {@link #FORGET_AFTER}) so a late event of theirs does not bring their meters back.
 */
final class RecentRuns {
    static final int FORGET_AFTER = 10_000;
    private final int limit;
    private final Set<String> gone = new java.util.LinkedHashSet<>();
    private final Deque<String> order = new ArrayDeque<>();
    private final Set<String> kept = new HashSet<>();
    private final List<String> evicted = new ArrayList<>();

    RecentRuns(int limit) {
        this.limit = Math.max(0, limit);
    }

    /** Records that {@code run} ended; false when it had been recorded already (a repeated final state). */
    synchronized boolean ended(String run) {
        if (!kept.add(run)) {
            return false;
        }
        order.addLast(run);
        while (order.size() > limit) {
            String old = order.removeFirst();
            kept.remove(old);
            evicted.add(old);
            gone.add(old);
            if (gone.size() > FORGET_AFTER) {
                gone.remove(gone.iterator().next());
            }
        }
        return true;
    }

    /** False once the run has been evicted: its meters are gone for good. */
    synchronized boolean keeps(String run) {
        return !gone.contains(run);
    }

    /** The runs pushed out since the last call. */
    synchronized List<String> evicted() {
        List<String> out = List.copyOf(evicted);
        evicted.clear();
        return out;
    }
}
