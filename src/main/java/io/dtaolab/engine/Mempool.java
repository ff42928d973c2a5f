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
            case FIFO -> order.sort(BY_ARRIVAL);
            case FEE_PRIORITY -> order.sort(BY_TIP);
            case ADVERSARIAL_AUTHOR -> order.sort((a, b) -> {
                int c = Integer.compare(authorRank(a, authorAgent), authorRank(b, authorAgent));
                return c != 0 ? c : BY_TIP.compare(a, b);
            });
            default -> throw new IllegalStateException(policy.name());
        }
        pending.clear();
        visible.clear();
        return order;
    }

    /** Arrival order (arrivals are unique, so every order below is total and the sort's result is unique). */
    private static final Comparator<Submission> BY_ARRIVAL = (a, b) -> Long.compare(a.arrival(), b.arrival());
    /** Highest tip first, then arrival (the comparator chain it replaces: -tip, then arrival, without boxing lambdas). */
    private static final Comparator<Submission> BY_TIP = (a, b) -> {
        int c = Long.compare(-a.extrinsic().tip(), -b.extrinsic().tip());
        return c != 0 ? c : Long.compare(a.arrival(), b.arrival());
    };

    /** Author's positive-tip orders first (front-runs), its zero-tip orders last (back-runs), others between. */
    private static int authorRank(Submission s, int author) {
        if (s.agentIndex() != author) {
            return 1;
        }
        return s.extrinsic().tip() > 0 ? 0 : 2;
    }
}
