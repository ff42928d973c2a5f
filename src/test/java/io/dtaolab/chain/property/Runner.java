package io.dtaolab.chain.property;

import io.dtaolab.chain.ChainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs random sequences and checks the invariants after every block. On a failure it shrinks the sequence
 * (shortest failing prefix of extrinsics, then single extrinsics dropped) and reports seed and prefix length
 * so the failure replays with {@code -Dprops.preset=... -Dprops.seed=... -Dprops.ops=...}.
 */
final class Runner {
    /** A failed run: where, what, and the extrinsics executed up to then. */
    record Failure(int block, int opsRun, String what) {
    }

    /** Result of shrinking: the shortest failing prefix of the original sequence, then the smallest sub-sequence found. */
    record Shrunk(int prefixOps, int prefixBlocks, Sequence minimal, Failure failure) {
    }

    static final int SHRINK_BUDGET = 300;

    /** Counts of what the runs exercised (blocks, extrinsics executed and refused per kind), for the summary line. */
    static final class Stats {
        long sequences;
        long blocks;
        final long[] executed = new long[Op.Kind.values().length];
        final long[] refused = new long[Op.Kind.values().length];

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(sequences + " sequences, " + blocks + " blocks;");
            for (Op.Kind k : Op.Kind.values()) {
                sb.append(' ').append(k).append(' ').append(executed[k.ordinal()]).append('/')
                        .append(executed[k.ordinal()] + refused[k.ordinal()]);
            }
            return sb.toString();
        }
    }

    private static final ThreadLocal<Stats> STATS = ThreadLocal.withInitial(Stats::new);

    /** Stats gathered on this thread since the last call (then reset). */
    static Stats takeStats() {
        Stats s = STATS.get();
        STATS.remove();
        return s;
    }

    private Runner() {
    }

    static Function<Long, World> worlds(String preset) {
        return seed -> World.build(preset, seed);
    }

    static Function<Long, World> worlds(String preset, Map<String, ?> overrides) {
        return seed -> World.build(preset, seed, overrides);
    }

    /** Runs the sequence on a fresh world; null when every block passed. Non-chain exceptions become failures. */
    static Failure run(Function<Long, World> worlds, Sequence seq) {
        World w = worlds.apply(seq.seed());
        List<String> initial = Checks.afterBlock(w, Checks.BlockStart.of(w.net));
        // before the first block no shares or emission exist yet
        initial.removeIf(s -> s.startsWith("Σ TAO emission") || s.startsWith("minted") || s.startsWith("all shares 0"));
        if (!initial.isEmpty()) {
            return new Failure(-1, 0, "genesis: " + initial);
        }
        int next = 0;
        Stats stats = STATS.get();
        stats.sequences++;
        List<Op> ops = seq.ops();
        List<String> roundTrips = new ArrayList<>();
        for (int b = 0; b < seq.blocks(); b++) {
            Checks.BlockStart start = Checks.BlockStart.of(w.net);
            try {
                w.net.beginBlock();
            } catch (RuntimeException e) {
                return new Failure(b, next, "beginBlock threw " + stack(e));
            }
            List<String> coinbase = Checks.afterCoinbase(w, start);
            if (!coinbase.isEmpty()) {
                return new Failure(b, next, "coinbase of block " + b + " (chain block " + w.net.block() + "): " + coinbase);
            }
            while (next < ops.size() && ops.get(next).block() == b) {
                Op op = ops.get(next++);
                long before = w.net.stateHash();
                long[][] reserves = Checks.reservesNow(w.net);
                try {
                    Extrinsics.apply(w, op, roundTrips::add);
                    stats.executed[op.kind().ordinal()]++;
                    List<String> payout = new ArrayList<>();
                    Checks.paidOnlyFromHealthyReserves(w, reserves, payout);
                    if (!payout.isEmpty()) {
                        return new Failure(b, next, Extrinsics.describe(w, op) + ": " + payout);
                    }
                } catch (ChainException refused) {
                    stats.refused[op.kind().ordinal()]++;
                    if (op.kind() != Op.Kind.ROUND_TRIP && w.net.stateHash() != before) {
                        return new Failure(b, next, Extrinsics.describe(w, op) + " was refused (" + refused.getMessage()
                                + ") but changed the state");
                    }
                } catch (RuntimeException e) {
                    return new Failure(b, next, Extrinsics.describe(w, op) + " threw " + stack(e));
                }
                if (!roundTrips.isEmpty()) {
                    return new Failure(b, next, Extrinsics.describe(w, op) + ": " + roundTrips);
                }
            }
            w.net.endBlock();
            stats.blocks++;
            List<String> problems = Checks.afterBlock(w, start);
            if (!problems.isEmpty()) {
                return new Failure(b, next, "after block " + b + " (chain block " + w.net.block() + "): " + problems);
            }
        }
        return null;
    }

    private static String stack(RuntimeException e) {
        StackTraceElement[] st = e.getStackTrace();
        StringBuilder sb = new StringBuilder(e.toString());
        for (int i = 0; i < Math.min(6, st.length); i++) {
            sb.append("\n    at ").append(st[i]);
        }
        return sb.toString();
    }

    /** Shrinks a failing sequence; returns the smallest failing one found and its failure. */
    static Shrunk shrink(Function<Long, World> worlds, Sequence seq, Failure first) {
        Sequence best = seq.with(seq.ops().subList(0, first.opsRun()), first.block() + 1);
        Failure bestFailure = run(worlds, best);
        if (bestFailure == null) {
            return new Shrunk(seq.ops().size(), seq.blocks(), seq, first);
        }
        int budget = SHRINK_BUDGET;
        // 1) shortest failing prefix of extrinsics (binary search, blocks kept up to the failure)
        int lo = 0;
        int hi = best.ops().size();
        while (lo < hi && budget-- > 0) {
            int mid = (lo + hi) / 2;
            Sequence cand = best.with(best.ops().subList(0, mid), best.blocks());
            Failure f = run(worlds, cand);
            if (f != null) {
                hi = mid;
                best = cand.with(cand.ops(), f.block() + 1);
                bestFailure = f;
            } else {
                lo = mid + 1;
            }
        }
        int prefixOps = best.ops().size();
        int prefixBlocks = best.blocks();
        // 2) drop single extrinsics
        for (int i = best.ops().size() - 1; i >= 0 && budget-- > 0; i--) {
            List<Op> keep = new ArrayList<>(best.ops());
            keep.remove(i);
            Sequence cand = best.with(keep, best.blocks());
            Failure f = run(worlds, cand);
            if (f != null) {
                best = cand.with(cand.ops(), f.block() + 1);
                bestFailure = f;
            }
        }
        // 3) fewer blocks
        while (best.blocks() > 1 && budget-- > 0) {
            int last = best.blocks() - 1;
            List<Op> keep = new ArrayList<>();
            for (Op op : best.ops()) {
                if (op.block() < last) {
                    keep.add(op);
                }
            }
            Failure f = run(worlds, best.with(keep, last));
            if (f == null) {
                break;
            }
            best = best.with(keep, last);
            bestFailure = f;
        }
        return new Shrunk(prefixOps, prefixBlocks, best, bestFailure);
    }

    static String report(String preset, Sequence original, Failure first, Shrunk s) {
        StringBuilder sb = new StringBuilder();
        sb.append("preset ").append(preset).append(", seed ").append(original.seed()).append(" (0x")
                .append(Long.toHexString(original.seed())).append("): ").append(original.blocks()).append(" blocks, ")
                .append(original.ops().size()).append(" extrinsics\n");
        sb.append("  first failure at block ").append(first.block()).append(" after ").append(first.opsRun())
                .append(" extrinsics: ").append(first.what()).append('\n');
        sb.append("  minimal failing prefix: ").append(s.prefixOps()).append(" extrinsics over ").append(s.prefixBlocks())
                .append(" blocks; replay: -Dprops.preset=").append(preset).append(" -Dprops.seed=").append(original.seed())
                .append(" -Dprops.ops=").append(s.prefixOps()).append(" -Dprops.blocks=").append(s.prefixBlocks()).append('\n');
        sb.append("  shrunk to ").append(s.minimal().ops().size()).append(" extrinsics over ").append(s.minimal().blocks())
                .append(" blocks: ");
        for (Op op : s.minimal().ops()) {
            sb.append(op.kind()).append("@").append(op.block()).append(' ');
        }
        sb.append("\n  shrunk failure: ").append(s.failure().what());
        return sb.toString();
    }
}
