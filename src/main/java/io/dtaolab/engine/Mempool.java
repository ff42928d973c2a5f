package io.dtaolab.engine;

import io.dtaolab.agents.Submission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One block's pending extrinsics and the order the author puts them in. */
final class Mempool {
    private final List<Submission> pending = new ArrayList<>();
    private final List<Submission> visible = new ArrayList<>();
    private long arrivals;

    void add(io.dtaolab.agents.Extrinsic x, int agentIndex, long quotedOut) {
        Submission s = new Submission(x, agentIndex, arrivals++, quotedOut);
        pending.add(s);
        if (!x.shielded()) {
            visible.add(s);
        }
    }

    /** Unshielded submissions of other agents. */
    List<Submission> visibleTo(int agentIndex) {
        List<Submission> out = new ArrayList<>(visible.size());
        for (Submission s : visible) {
            if (s.agentIndex() != agentIndex) {
                out.add(s);
            }
        }
        return out;
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** The block's extrinsics in execution order; clears the pool. */
    List<Submission> drain(OrderingPolicy policy, int authorAgent) {
        List<Submission> order = new ArrayList<>(pending);
        switch (policy) {
            case FIFO -> order.sort(Comparator.comparingLong(Submission::arrival));
            case FEE_PRIORITY -> order.sort(Comparator.comparingLong((Submission s) -> -s.extrinsic().tip())
                    .thenComparingLong(Submission::arrival));
            case ADVERSARIAL_AUTHOR -> order.sort(Comparator.comparingInt((Submission s) -> authorRank(s, authorAgent))
                    .thenComparingLong(s -> -s.extrinsic().tip()).thenComparingLong(Submission::arrival));
            default -> throw new IllegalStateException(policy.name());
        }
        pending.clear();
        visible.clear();
        return order;
    }

    /** Author's positive-tip orders first (front-runs), its zero-tip orders last (back-runs), others between. */
    private static int authorRank(Submission s, int author) {
        if (s.agentIndex() != author) {
            return 1;
        }
        return s.extrinsic().tip() > 0 ? 0 : 2;
    }
}
