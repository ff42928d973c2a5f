package io.dtaolab.chain.property;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;
import java.util.ArrayList;
import java.util.List;

/** The invariants checked after every block of a random sequence. Each returns problem descriptions (empty = ok). */
final class Checks {
    static final long MIN_QUOTE_WEIGHT = 10_000_000_000_000_000L;  // 0.01 perquintill
    static final long MAX_QUOTE_WEIGHT = 990_000_000_000_000_000L; // 0.99 perquintill

    private Checks() {
    }

    /** What the block started from, for the emission bounds. */
    record BlockStart(long emission, long minted, double emaSum) {
        static BlockStart of(Network net) {
            double emaSum = 0;
            for (int n : net.netuids()) {
                // subnets with emission switched off take no share in eras that honour the switch
                if (net.emissionEnabled(n) || !net.mechanism().respectEmissionEnabled()) {
                    emaSum += net.emaPrice(n);
                }
            }
            return new BlockStart(net.blockEmission(), net.ledger().minted(), emaSum);
        }
    }

    static List<String> afterBlock(World w, BlockStart start) {
        List<String> p = new ArrayList<>();
        Network net = w.net;
        // conservation to the RAO (TAO and per-subnet alpha), no negative balance or reserve
        p.addAll(net.invariantViolations());
        ledgerAndStake(w, p);
        reserves(w, p);
        emission(w, start, p);
        weights(w, p);
        return p;
    }

    static boolean isStable(World w, int n) {
        return n == w.stableNetuid;
    }

    static void ledgerAndStake(World w, List<String> p) {
        Network net = w.net;
        var l = net.ledger();
        if (l.minted() < 0 || l.burned() < 0 || l.recycled() < 0 || l.outside() < 0 || l.authorFees() < 0) {
            p.add("negative ledger counter: minted " + l.minted() + " burned " + l.burned() + " recycled " + l.recycled()
                    + " outside " + l.outside() + " author fees " + l.authorFees());
        }
        for (int c = 0; c < net.accounts().coldkeyCount(); c++) {
            if (net.free(c) < 0) {
                p.add("coldkey " + c + " free balance " + net.free(c));
            }
        }
        for (int h = 0; h < net.accounts().hotkeyCount(); h++) {
            if (net.hotkeyStake(h, 0) < 0) {
                p.add("hotkey " + h + " negative root stake");
            }
            for (int n : net.netuids()) {
                if (net.hotkeyStake(h, n) < 0) {
                    p.add("hotkey " + h + " negative stake on " + n);
                }
            }
        }
    }

    static void reserves(World w, List<String> p) {
        Network net = w.net;
        long min = w.mech.minimumReserveRao();
        if (net.taoReserve(0) < 0) {
            p.add("root reserve negative: " + net.taoReserve(0));
        }
        for (int n : net.netuids()) {
            long tao = net.taoReserve(n);
            long alpha = net.alphaReserve(n);
            if (tao < 0 || alpha < 0 || net.alphaOutstanding(n) < 0) {
                p.add("subnet " + n + " negative reserve: tao " + tao + " alpha " + alpha + " out " + net.alphaOutstanding(n));
            }
            if (isStable(w, n)) {
                continue;
            }
            // the chain's guard (impls.rs) refuses swaps whose output reserve is already below the minimum; a swap may
            // still leave a reserve under it, so what must hold after a block is only that no reserve is exhausted
            if (tao < 1 || alpha < 1) {
                p.add("subnet " + n + " reserve exhausted: tao " + tao + " alpha " + alpha);
            }
            double spot = net.spotPrice(n);
            double ema = net.emaPrice(n);
            if (!Double.isFinite(spot) || spot <= 0 || !Double.isFinite(ema) || ema < 0) {
                p.add("subnet " + n + " bad price: spot " + spot + " ema " + ema);
            }
            if (w.mech.poolModel() == Mechanism.PoolModel.BALANCER) {
                long q = net.quoteWeight(n);
                if (q < MIN_QUOTE_WEIGHT || q > MAX_QUOTE_WEIGHT) {
                    p.add("subnet " + n + " Balancer quote weight " + q + " outside [0.01, 0.99]");
                }
            }
        }
    }

    /** Reserves by netuid, to see which side an extrinsic paid out of. */
    static long[][] reservesNow(Network net) {
        long[][] r = new long[2][net.capacity()];
        for (int n : net.netuids()) {
            r[0][n] = net.taoReserve(n);
            r[1][n] = net.alphaReserve(n);
        }
        return r;
    }

    /** No extrinsic may pay out of a reserve that was already below the minimum (the chain refuses: ReservesTooLow). */
    static void paidOnlyFromHealthyReserves(World w, long[][] before, List<String> p) {
        long min = w.mech.minimumReserveRao();
        for (int n : w.net.netuids()) {
            if (n >= before[0].length || isStable(w, n)) {
                continue;
            }
            if (w.net.taoReserve(n) < before[0][n] && before[0][n] < min) {
                p.add("subnet " + n + " paid TAO out of a reserve below the minimum: " + before[0][n]);
            }
            if (w.net.alphaReserve(n) < before[1][n] && before[1][n] < min) {
                p.add("subnet " + n + " paid alpha out of a reserve below the minimum: " + before[1][n]);
            }
        }
    }

    static boolean flowOrVoteRule(Mechanism m) {
        return switch (m.shareRule()) {
            case TAO_FLOW, NET_FLOW, ROOT_VOTE, HOLDER_VOTE -> true;
            default -> false;
        };
    }

    /** Checked right after the coinbase: a registration later in the block may prune an emitting subnet. */
    static List<String> afterCoinbase(World w, BlockStart start) {
        List<String> p = new ArrayList<>();
        shares(w, start, p);
        return p;
    }

    /** Shares are in [0, 1] and sum to 1, or are all 0 (flow/vote rules with no signal, or no priced subnet). */
    static void shares(World w, BlockStart start, List<String> p) {
        Network net = w.net;
        double sum = 0;
        double emaSum = start.emaSum(); // the coinbase weighs the EMA before its own update
        for (int n : net.netuids()) {
            double s = net.emissionShare(n);
            if (!(s >= 0 && s <= 1 + 1e-12)) {
                p.add("subnet " + n + " share " + s + " outside [0, 1]");
            }
            sum += s;
        }
        if (sum == 0) {
            if (!flowOrVoteRule(w.mech) && emaSum > 0 && net.netuids().length > 0) {
                p.add("all shares 0 under " + w.mech.shareRule() + " with Σ ema " + emaSum);
            }
        } else if (Math.abs(sum - 1) > 1e-9) {
            p.add("shares sum to " + sum);
        }
    }

    /** Σ TAO emitted ≤ block emission; TAO minted this block ≤ what was emitted; injection + chain buy ≤ emission. */
    static void emission(World w, BlockStart start, List<String> p) {
        Network net = w.net;
        long total = 0;
        for (int n : net.netuids()) {
            long e = net.lastTaoEmission(n);
            if (e < 0 || net.lastTaoIn(n) < 0 || net.lastChainBuyTao(n) < 0) {
                p.add("subnet " + n + " negative emission figures");
            }
            if (net.lastTaoIn(n) + net.lastChainBuyTao(n) > e) {
                p.add("subnet " + n + " injected " + net.lastTaoIn(n) + " + chain-bought " + net.lastChainBuyTao(n)
                        + " > its emission " + e);
            }
            total += e;
        }
        if (total > start.emission()) {
            p.add("Σ TAO emission " + total + " > block emission " + start.emission());
        }
        long minted = net.ledger().minted() - start.minted();
        if (minted < 0 || minted > start.emission()) {
            p.add("minted " + minted + " RAO this block, block emission " + start.emission());
        }
    }

    /** Validator weight rows are finite, in [0, 1] and sum to ≤ 1; non-validators hold none. */
    static void weights(World w, List<String> p) {
        Network net = w.net;
        for (int n : net.netuids()) {
            Neurons ns = net.neurons(n);
            if (ns == null) {
                continue;
            }
            for (int uid = 0; uid < ns.size(); uid++) {
                double[] row = ns.weightsOf(uid);
                double sum = 0;
                for (double x : row) {
                    if (!(x >= 0 && x <= 1)) {
                        p.add("subnet " + n + " uid " + uid + " weight " + x + " outside [0, 1]");
                    }
                    sum += x;
                }
                if (sum > 1 + 1e-9) {
                    p.add("subnet " + n + " uid " + uid + " weights sum to " + sum);
                }
                if (!ns.isValidator(uid) && sum != 0) {
                    p.add("subnet " + n + " uid " + uid + " is no validator but has weights");
                }
            }
        }
    }
}
