package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.chain.Network;
import io.dtaolab.scenario.NetworkSpec;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import io.dtaolab.scenario.SubnetSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 point 1: the chain rewrites MinerBurned every epoch from the incentive the owner withholds, so genesis
 * must build each snapshot subnet so its epochs reproduce the snapshot's burn. An agent-free 30-day run under
 * current-2026-06 keeps every subnet's MinerBurned at its snapshot value, and the emission shares of tempo 1 and
 * tempo 100 are ema·(1 − burn)/Σ of the model's own EMA.
 */
class SnapshotMinerBurnTest {
    private static final double TOLERANCE = 1e-9;
    private static final int TEMPO = 360;
    private static final long DAYS_30 = 30 * 7_200;

    @Test
    void agentFreeSnapshotRunKeepsEverySubnetsBurnAndPriceBurnShares(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("networks"));
        Files.copy(Path.of("strategies/networks/mainnet-2026-09-30.csv"), dir.resolve("networks/mainnet-2026-09-30.csv"));
        Path file = dir.resolve("quiet.yaml");
        Files.writeString(file, """
                name: quiet-snapshot
                seed: 7
                duration: 30d
                preset: current-2026-06
                network:
                  snapshot: networks/mainnet-2026-09-30.csv
                twin: false
                """);
        StrategySpec spec = StrategyLoader.load(file);
        Map<Integer, Double> burn = new HashMap<>();
        Set<Integer> emitting = new HashSet<>();
        for (SubnetSnapshot s : ((NetworkSpec.Snapshot) spec.network().source()).subnets()) {
            burn.put(s.netuid(), s.minerBurned());
            if (!s.startupMode()) {
                emitting.add(s.netuid());
            }
        }
        assertEquals(124, emitting.size());
        World world = WorldBuilder.build(spec, spec.mechanism(), spec.seed(), false, OrderingPolicy.FEE_PRIORITY);
        Network net = world.network();
        int[] netuids = net.netuids();
        assertEquals(128, netuids.length);
        double[] emaBefore = new double[net.capacity()];
        double worstBurn = 0;
        double l1Tempo100 = 0;
        for (long b = 1; b <= DAYS_30; b++) {
            for (int n : netuids) {
                emaBefore[n] = net.emaPrice(n);
            }
            world.step();
            if (b == TEMPO || b == 100L * TEMPO) {
                double l1 = assertPriceBurnShares(net, netuids, emaBefore, burn, emitting, b);
                if (b == 100L * TEMPO) {
                    l1Tempo100 = l1;
                }
            }
            if (b % TEMPO == 0) {
                for (int n : netuids) {
                    double off = Math.abs(net.minerBurned(n) - burn.get(n));
                    worstBurn = Math.max(worstBurn, off);
                    assertTrue(off <= TOLERANCE, "block " + b + " subnet " + n + ": MinerBurned " + net.minerBurned(n)
                            + ", snapshot " + burn.get(n));
                }
            }
        }
        System.out.printf("worst MinerBurned drift %.3e, share L1 distance at tempo 100 %.3e%n", worstBurn, l1Tempo100);
        assertTrue(net.invariantViolations().isEmpty(), net.invariantViolations().toString());
    }

    /** Shares of block {@code b} against ema·(1 − burn)/Σ over the started subnets; returns their L1 distance. */
    private static double assertPriceBurnShares(Network net, int[] netuids, double[] emaBefore, Map<Integer, Double> burn,
                                                Set<Integer> emitting, long b) {
        double sum = 0;
        for (int n : netuids) {
            if (emitting.contains(n)) {
                sum += emaBefore[n] * (1 - burn.get(n));
            }
        }
        assertTrue(sum > 0, "some subnet emits at block " + b);
        double l1 = 0;
        for (int n : netuids) {
            double expected = emitting.contains(n) ? emaBefore[n] * (1 - burn.get(n)) / sum : 0;
            l1 += Math.abs(net.emissionShare(n) - expected);
            assertEquals(expected, net.emissionShare(n), TOLERANCE, "block " + b + " subnet " + n);
        }
        return l1;
    }
}
