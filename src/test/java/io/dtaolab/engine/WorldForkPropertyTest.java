package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.dtaolab.chain.Presets;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * World fork, over 200 random small worlds per preset (random network, honest population, adversaries, fork
 * block): the copy hashes like the original (every reachable field, not only the chain), and stepping both gives
 * equal chain hashes at every block and equal full hashes at the end, while stepping only one of them tells them
 * apart (so the hash would see a shared object).
 */
class WorldForkPropertyTest {
    static final int WORLDS_PER_PRESET = 200;
    static final List<String> HONEST = List.of("noise-trader", "long-term-staker", "yield-chaser", "momentum-follower",
            "miner-seller", "subnet-owner", "alpha-holder", "validator", "root-staker");
    static final List<String> ADVERSARIES = List.of("wash-trader", "pump-and-dump", "insider-collusion", "sandwich-bot",
            "flow-recycler", "sybil-swarm", "ema-timer");

    static List<String> presets() {
        return Presets.names();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void aForkStepsLikeTheOriginal(String preset) {
        SplittableRandom r = new SplittableRandom(preset.hashCode());
        for (int i = 0; i < WORLDS_PER_PRESET; i++) {
            StrategySpec spec = randomSpec(r, preset, i);
            World world = WorldBuilder.build(spec, spec.mechanism(), r.nextLong(), true, OrderingPolicy.FEE_PRIORITY);
            int before = r.nextInt(i % 25 == 0 ? 800 : 40);
            for (int b = 0; b < before; b++) {
                world.step();
            }
            World copy = world.fork(world.label());
            String what = preset + " world " + i + " forked after " + before + " blocks";
            assertEquals(GraphHash.of(world), GraphHash.of(copy), what + ": copy differs");
            int after = 1 + r.nextInt(i % 25 == 1 ? 800 : 40);
            for (int b = 0; b < after; b++) {
                world.step();
                copy.step();
                assertEquals(world.network().stateHash(), copy.network().stateHash(), what + ", block " + b + " after");
            }
            assertEquals(GraphHash.of(world), GraphHash.of(copy), what + ", " + after + " blocks later");
            if (i % 50 == 0) {
                copy.step();
                assertNotEquals(GraphHash.of(world), GraphHash.of(copy), what + ": one step more should show");
            }
        }
    }

    /** A small random strategy: 1–6 synthetic subnets, up to three honest groups, up to two adversaries. */
    static StrategySpec randomSpec(SplittableRandom r, String preset, int i) {
        int subnets = 1 + r.nextInt(6);
        StringBuilder y = new StringBuilder();
        y.append("name: fork-").append(i).append("\nseed: ").append(r.nextInt(1_000_000)).append("\nduration: 20d\n");
        y.append("preset: ").append(preset).append('\n');
        y.append("network:\n  synthetic: { subnets: ").append(subnets)
                .append(", taoReserveTao: [500, 50000], priceTao: [0.002, 0.2], seed: ").append(r.nextInt(1000)).append(" }\n");
        y.append("  neurons: { validators: ").append(3 + r.nextInt(2)).append(", miners: ").append(3 + r.nextInt(4)).append(" }\n");
        y.append("honest:\n");
        List<String> types = new java.util.ArrayList<>(HONEST);
        for (int g = 0, groups = 1 + r.nextInt(3); g < groups; g++) {
            String type = types.remove(r.nextInt(types.size()));
            y.append("  ").append(type).append(": { count: ").append(1 + r.nextInt(6)).append(" }\n");
        }
        int adversaries = r.nextInt(3);
        if (adversaries > 0) {
            y.append("adversaries:\n");
        }
        for (int a = 0; a < adversaries; a++) {
            String type = ADVERSARIES.get(r.nextInt(ADVERSARIES.size()));
            y.append("  - { id: a").append(a).append(", type: ").append(type).append(", target: ").append(1 + r.nextInt(subnets))
                    .append(", budgetTao: ").append(100 + r.nextInt(20_000)).append(", start: ").append(r.nextInt(300)).append("b");
            if (type.equals("insider-collusion")) {
                y.append(", params: { cartelValidators: 2, ownerMiners: 1 }");
            }
            y.append(" }\n");
        }
        LoadResult loaded = StrategyLoader.check("fork-" + i + ".yaml", y.toString().getBytes(StandardCharsets.UTF_8),
                Path.of("strategies"));
        return assertInstanceOf(LoadResult.Valid.class, loaded, () -> y + " -> " + loaded).spec();
    }
}
