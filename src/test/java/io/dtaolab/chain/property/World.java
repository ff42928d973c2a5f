package io.dtaolab.chain.property;

import io.dtaolab.chain.GenesisBuilder;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Presets;
import io.dtaolab.chain.Rao;
import io.dtaolab.chain.SubnetSeed;
import io.dtaolab.chain.Neurons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small random network built from a seed through the public API only: 1–4 dynamic subnets (sometimes a
 * stable one), random pools (tiny to large, prices 1e-4..2), random stake, burn and EMA, random tempo,
 * issuance on either side of a halving, 2–5 funded traders each with a hotkey, and sometimes a block author.
 */
final class World {
    final String preset;
    final long seed;
    final Mechanism mech;
    final Network net;
    final int[] traders;
    final int[] traderHotkeys;
    /** Every hotkey a trader may stake on: the traders' own and the subnets' neurons. */
    final int[] hotkeys;
    /** Coldkeys allowed to register subnets (funded with enough for the minimum lock). */
    final int registrant;
    final int registrantHotkey;
    /** The stable (mechanism 0) subnet, or -1 (none, or pruned and reused by a registration). */
    int stableNetuid = -1;

    private World(String preset, long seed, Mechanism mech, Network net, int[] traders, int[] traderHotkeys,
                  int[] hotkeys, int registrant, int registrantHotkey) {
        this.preset = preset;
        this.seed = seed;
        this.mech = mech;
        this.net = net;
        this.traders = traders;
        this.traderHotkeys = traderHotkeys;
        this.hotkeys = hotkeys;
        this.registrant = registrant;
        this.registrantHotkey = registrantHotkey;
    }

    static World build(String preset, long seed) {
        return build(preset, seed, Map.of());
    }

    static World build(String preset, long seed, Map<String, ?> extraOverrides) {
        Gen g = new Gen(seed ^ 0x5DEECE66DL);
        Mechanism m = Presets.get(preset);
        if (g.chance(0.8)) {
            // short tempos so epochs (payout, root claims, owner cut) run inside 20–60 blocks
            m = m.override(Map.of("tempo", g.between(2, 30)));
        }
        if (!extraOverrides.isEmpty()) {
            m = m.override(extraOverrides);
        }
        int dynamic = g.between(1, 4);
        boolean stable = g.chance(0.15);
        int capacity = dynamic + 1 + (stable ? 1 : 0) + g.nextInt(3);
        long issuance = g.pick(new Long[] {5_000_000L, 10_900_000L, 15_800_000L}) * Rao.PER_TAO;
        long start = 1_000_000L + g.nextInt(2_000_000);
        long rootStake = g.chance(0.2) ? 0 : g.logUniformLong(1_000L, 1_000_000L) * Rao.PER_TAO;
        GenesisBuilder b = new GenesisBuilder(m, capacity, issuance)
                .neurons(g.between(1, 3), g.between(1, 5)).rootStake(rootStake).startBlock(start);
        long minReserve = Math.max(m.minimumReserveRao(), 1);
        for (int n = 1; n <= dynamic; n++) {
            double price = g.logUniform(1e-4, 2.0);
            long taoIn = Math.max(4 * minReserve, (long) (g.logUniform(0.05, 500_000) * Rao.PER_TAO));
            // alpha issuance stays well under the 21M alpha supply, as on chain
            long alphaIn = Math.max(4 * minReserve, Math.min(8_000_000L * Rao.PER_TAO, (long) (taoIn / price)));
            long staked = g.chance(0.1) ? 0 : (long) (alphaIn * g.logUniform(0.01, 1.5));
            long burned = g.chance(0.5) ? 0 : (long) (alphaIn * g.unit() * 0.5);
            double ema = Math.min(1.0, price * g.logUniform(0.3, 3));
            double burn = g.chance(0.3) ? 0 : g.chance(0.3) ? 1 : g.unit();
            long registered = Math.max(1, start - g.nextInt(2_000_000));
            double[] quality = new double[5];
            for (int i = 0; i < quality.length; i++) {
                quality[i] = g.chance(0.2) ? 0 : g.unit();
            }
            b.subnet(new GenesisBuilder.SubnetPlan(n, taoIn, alphaIn, staked, burned, ema, burn, registered, quality, true));
        }
        Network net = b.build();
        List<Integer> hot = new ArrayList<>();
        for (int n : net.netuids()) {
            Neurons ns = net.neurons(n);
            for (int uid = 0; uid < ns.size(); uid++) {
                hot.add(ns.hotkey(uid));
            }
        }
        if (stable) {
            int n = dynamic + 1;
            int owner = net.createColdkey("stable-owner", 0);
            int ownerHot = net.createHotkey("stable-owner-hot", owner);
            long tao = g.logUniformLong(10L, 100_000L) * Rao.PER_TAO;
            net.genesisSubnet(new SubnetSeed(n, true, tao, 0, 0, 0, 1.0, 0.0, start - 10, start - 9, true,
                    owner, ownerHot, 0));
            net.setNeurons(n, new Neurons(new int[] {ownerHot}, new boolean[] {true}, start - 10));
            hot.add(ownerHot);
        }
        int traderCount = g.between(2, 5);
        int[] traders = new int[traderCount];
        int[] traderHot = new int[traderCount];
        for (int i = 0; i < traderCount; i++) {
            long balance = g.chance(0.15) ? g.logUniformLong(1, 10_000_000L) : g.logUniformLong(1L, 200_000L) * Rao.PER_TAO;
            traders[i] = net.createColdkey("trader-" + i, balance);
            traderHot[i] = net.createHotkey("trader-hot-" + i, traders[i]);
            hot.add(traderHot[i]);
        }
        int registrant = net.createColdkey("registrant", g.logUniformLong(1L, 20_000L) * Rao.PER_TAO);
        int registrantHot = net.createHotkey("registrant-hot", registrant);
        hot.add(registrantHot);
        if (g.chance(0.5)) {
            net.setBlockAuthor(g.chance(0.5) ? traders[0] : net.createColdkey("author", 0));
        }
        World w = new World(preset, seed, m, net, traders, traderHot, hot.stream().mapToInt(Integer::intValue).toArray(),
                registrant, registrantHot);
        w.stableNetuid = stable ? dynamic + 1 : -1;
        return w;
    }
}
