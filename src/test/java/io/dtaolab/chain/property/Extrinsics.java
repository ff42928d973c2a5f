package io.dtaolab.chain.property;

import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;
import io.dtaolab.chain.Rao;
import io.dtaolab.chain.StakeResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes an {@link Op} against a {@link World}. Draws every parameter from the op's seed; amounts and limits
 * are resolved against the state (free balance, positions held, spot price). Returns a short description for
 * failure reports. Refusals ({@link io.dtaolab.chain.ChainException}) propagate to the caller.
 */
final class Extrinsics {
    static final long NO_LIMIT = Long.MAX_VALUE;

    private Extrinsics() {
    }

    /** Round trips that returned more TAO than they spent are reported here (the sequence run fails on them). */
    interface RoundTripSink {
        void violation(String message);
    }

    static String describe(World w, Op op) {
        return op.kind() + "@" + op.block() + "#" + Long.toHexString(op.seed());
    }

    static void apply(World w, Op op, RoundTripSink sink) {
        Gen g = new Gen(op.seed());
        Network net = w.net;
        switch (op.kind()) {
            case ADD -> {
                int c = coldkey(w, g);
                net.addStake(c, hotkey(w, g), netuid(w, g), taoAmount(w, g, c), limit(w, g, -1), g.chance(0.5));
            }
            case REMOVE -> {
                long[] p = position(w, g);
                net.removeStake((int) p[0], (int) p[1], (int) p[2], alphaAmount(g, p[3]), limit(w, g, (int) p[2]),
                        g.chance(0.5));
            }
            case REMOVE_ALL -> {
                long[] p = position(w, g);
                net.removeStake((int) p[0], (int) p[1], (int) p[2], p[3], g.chance(0.7) ? NO_LIMIT : limit(w, g, (int) p[2]),
                        g.chance(0.5));
            }
            case MOVE -> {
                long[] p = position(w, g);
                net.moveStake((int) p[0], (int) p[1], (int) p[2], hotkey(w, g), g.chance(0.2) ? (int) p[2] : netuid(w, g),
                        alphaAmount(g, p[3]));
            }
            case DESTROY -> {
                long[] p = position(w, g);
                net.destroyAlpha((int) p[0], (int) p[1], (int) p[2], alphaAmount(g, p[3]), g.chance(0.5));
            }
            case SET_WEIGHTS -> setWeights(w, g);
            case ROOT_WEIGHTS -> net.setRootWeights(w.hotkeys[g.nextInt(w.hotkeys.length)], voteRow(w, g));
            case HOLDER_VOTE -> net.setHolderVote(coldkey(w, g), voteRow(w, g));
            case REGISTER -> {
                int c = g.chance(0.8) ? w.registrant : coldkey(w, g);
                int h = g.chance(0.9) ? (c == w.registrant ? w.registrantHotkey : ownHotkey(w, c)) : hotkey(w, g);
                int netuid = net.registerSubnet(c, h).netuid();
                if (netuid == w.stableNetuid) {
                    w.stableNetuid = -1;
                }
            }
            case ROUND_TRIP -> roundTrip(w, g, sink);
            default -> throw new IllegalStateException(op.kind().name());
        }
    }

    static int coldkey(World w, Gen g) {
        return g.chance(0.9) ? w.traders[g.nextInt(w.traders.length)] : w.registrant;
    }

    static int ownHotkey(World w, int coldkey) {
        for (int i = 0; i < w.traders.length; i++) {
            if (w.traders[i] == coldkey) {
                return w.traderHotkeys[i];
            }
        }
        return w.registrantHotkey;
    }

    static int hotkey(World w, Gen g) {
        return w.hotkeys[g.nextInt(w.hotkeys.length)];
    }

    /** Mostly an existing subnet (root included), sometimes any netuid up to past the capacity. */
    static int netuid(World w, Gen g) {
        int[] ids = w.net.netuids();
        int roll = g.nextInt(100);
        if (roll < 10 || ids.length == 0) {
            return 0;
        }
        if (roll < 95) {
            return ids[g.nextInt(ids.length)];
        }
        return g.nextInt(w.net.capacity() + 2) - (g.chance(0.1) ? 1 : 0);
    }

    static int dynamicNetuid(World w, Gen g) {
        int[] ids = w.net.netuids();
        return ids.length == 0 ? 0 : ids[g.nextInt(ids.length)];
    }

    static long taoAmount(World w, Gen g, int coldkey) {
        long free = w.net.free(coldkey);
        long min = w.mech.minStakeRao();
        return switch (g.nextInt(10)) {
            case 0, 1, 2, 3 -> Math.max(1, (long) (free * g.logUniform(1e-6, 1)));
            case 4, 5 -> g.logUniformLong(1, 10_000_000_000_000_000L);
            case 6 -> Math.max(1, min + g.between(-2, 2) + (g.chance(0.5) ? w.mech.flatStakingFeeRao() : 0));
            case 7 -> Math.max(1, free);
            case 8 -> free + 1;
            default -> Math.max(1, (long) (free * g.unit()));
        };
    }

    static long alphaAmount(Gen g, long held) {
        return switch (g.nextInt(8)) {
            case 0, 1, 2 -> Math.max(1, (long) (held * g.unit()));
            case 3 -> held;
            case 4 -> held + 1;
            case 5 -> g.logUniformLong(1, 1_000_000_000_000_000L);
            case 6 -> Math.max(1, (long) (held * g.logUniform(1e-9, 1e-3)));
            default -> held > 1 ? held - 1 : 1;
        };
    }

    /** A limit in RAO per alpha: none, near spot on either side, degenerate (0, 1, huge) or random. */
    static long limit(World w, Gen g, int netuid) {
        int n = netuid >= 0 ? netuid : dynamicNetuid(w, g);
        double spotRao = w.net.exists(n) || n == 0 ? w.net.spotPrice(n) * Rao.PER_TAO : 1e9;
        return switch (g.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6, 7, 8 -> NO_LIMIT;
            case 9, 10, 11, 12, 13, 14, 15 -> Math.max(0, (long) (spotRao * (1 + (g.unit() - 0.5) * 0.6)));
            case 16 -> 0;
            case 17 -> 1;
            case 18 -> Long.MAX_VALUE - 1;
            default -> g.logUniformLong(1, 1_000_000_000_000_000L);
        };
    }

    /** A position (coldkey, hotkey, netuid, held): usually one that exists, sometimes an empty one. */
    static long[] position(World w, Gen g) {
        Network net = w.net;
        if (g.chance(0.85)) {
            List<long[]> held = new ArrayList<>();
            int[] ids = net.netuids();
            for (int c : w.traders) {
                collect(net, w, c, 0, held);
                for (int n : ids) {
                    collect(net, w, c, n, held);
                }
            }
            collect(net, w, w.registrant, 0, held);
            for (int n : ids) {
                collect(net, w, w.registrant, n, held);
            }
            if (!held.isEmpty()) {
                return held.get(g.nextInt(held.size()));
            }
        }
        int c = coldkey(w, g);
        int h = hotkey(w, g);
        int n = netuid(w, g);
        long s = net.exists(n) || n == 0 ? net.stake(c, h, n) : 0;
        return new long[] {c, h, n, s};
    }

    private static void collect(Network net, World w, int c, int n, List<long[]> out) {
        for (int h : w.hotkeys) {
            long s = net.stake(c, h, n);
            if (s > 0) {
                out.add(new long[] {c, h, n, s});
            }
        }
    }

    static void setWeights(World w, Gen g) {
        Network net = w.net;
        int n = dynamicNetuid(w, g);
        Neurons ns = n == 0 ? null : net.neurons(n);
        int size = ns == null ? 3 : ns.size();
        int uid = g.nextInt(size);
        int hotkey = ns != null && g.chance(0.95) ? ns.hotkey(uid) : hotkey(w, g);
        int len = g.chance(0.9) ? size : Math.max(0, size + (g.chance(0.5) ? 1 : -1));
        net.setWeights(hotkey, n, row(g, len));
    }

    static double[] voteRow(World w, Gen g) {
        int cap = w.net.capacity();
        int len = g.chance(0.9) ? cap : g.chance(0.5) ? cap + 1 : g.nextInt(cap + 1);
        return row(g, len);
    }

    /** Random non-negative weights; rarely all zero or containing an invalid value. */
    static double[] row(Gen g, int len) {
        double[] row = new double[len];
        if (g.chance(0.05)) {
            return row;
        }
        for (int i = 0; i < len; i++) {
            row[i] = g.chance(0.3) ? 0 : g.chance(0.1) ? g.logUniform(1e-12, 1e12) : g.unit();
        }
        if (len > 0 && g.chance(0.03)) {
            row[g.nextInt(len)] = g.pick(new Double[] {-1.0, Double.NaN, Double.POSITIVE_INFINITY, -0.0});
        }
        return row;
    }

    /** Buys and at once sells the alpha received, same coldkey, hotkey and block; must not gain TAO. */
    static void roundTrip(World w, Gen g, RoundTripSink sink) {
        Network net = w.net;
        int c = w.traders[g.nextInt(w.traders.length)];
        int h = hotkey(w, g);
        int n = dynamicNetuid(w, g);
        long tao = taoAmount(w, g, c);
        long freeBefore = net.free(c);
        long stakeBefore = net.stake(c, h, n);
        StakeResult bought = net.addStake(c, h, n, tao, NO_LIMIT, false);
        long got = net.stake(c, h, n) - stakeBefore;
        long spent = freeBefore - net.free(c);
        if (got <= 0) {
            return;
        }
        long freeMid = net.free(c);
        net.removeStake(c, h, n, got, NO_LIMIT, false);
        long back = net.free(c) - freeMid;
        if (back > spent) {
            sink.violation("round trip on subnet " + n + " returned " + back + " RAO for " + spent + " RAO spent (bought "
                    + bought + ", sold " + got + " alpha)");
        }
    }
}
