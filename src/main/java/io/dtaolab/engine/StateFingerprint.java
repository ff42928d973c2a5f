package io.dtaolab.engine;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.scenario.NetworkSpec;
import io.dtaolab.scenario.PopulationSpec;
import io.dtaolab.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a warmed world depends on, as a saved state records it: the network (snapshot or generator, with every subnet
 * value), the honest population (every group and parameter), the mechanism (preset and overrides), the seed, the
 * warm-up length and the mempool ordering. Each of the first three as a readable summary plus the SHA-256 of its
 * canonical text ({@link SpecDigest}). Two worlds warmed from equal fingerprints by the same code are equal.
 * {@code strategy} is the name of the file that saved it (informational: any strategy with this fingerprint may use
 * the state, whatever its adversaries).
 */
public record StateFingerprint(String strategy, String network, String networkSha256, String honest, String honestSha256,
                               String preset, String mechanismSha256, long seed, long warmupBlocks, OrderingPolicy ordering) {

    /** The fingerprint of the warm-up {@code spec} gets under {@code mechanism} with {@code seed} and {@code ordering}. */
    public static StateFingerprint of(StrategySpec spec, Mechanism mechanism, long seed, OrderingPolicy ordering) {
        return new StateFingerprint(spec.name(), describe(spec.network()), SpecDigest.of(spec.network()),
                describe(spec.honest()), SpecDigest.of(spec.honest()), mechanism.name(), SpecDigest.of(mechanism), seed,
                spec.warmupBlocks(mechanism), ordering);
    }

    /** What differs between this (the state's) fingerprint and {@code run}'s, one readable line each; empty if none. */
    public List<String> mismatches(StateFingerprint run) {
        List<String> out = new ArrayList<>();
        if (!networkSha256.equals(run.networkSha256)) {
            out.add("network: the state has " + network + " (sha256 " + shortSha(networkSha256) + "), the run " + run.network
                    + " (sha256 " + shortSha(run.networkSha256) + ")");
        }
        if (!honestSha256.equals(run.honestSha256)) {
            out.add("honest population: the state has " + honest + " (sha256 " + shortSha(honestSha256) + "), the run "
                    + run.honest + " (sha256 " + shortSha(run.honestSha256) + ")");
        }
        if (!mechanismSha256.equals(run.mechanismSha256)) {
            out.add("mechanism: the state has " + preset + " (sha256 " + shortSha(mechanismSha256) + "), the run " + run.preset
                    + (preset.equals(run.preset) ? " with other parameter values (overrides)" : "") + " (sha256 "
                    + shortSha(run.mechanismSha256) + ")");
        }
        if (seed != run.seed) {
            out.add("seed: the state has " + seed + ", the run " + run.seed);
        }
        if (warmupBlocks != run.warmupBlocks) {
            out.add("warm-up: the state has " + warmupBlocks + " blocks, the run " + run.warmupBlocks);
        }
        if (ordering != run.ordering) {
            out.add("ordering: the state has " + ordering + ", the run " + run.ordering);
        }
        return out;
    }

    static String describe(NetworkSpec network) {
        String source = network.source() instanceof NetworkSpec.Snapshot s ? "snapshot " + s.path()
                : "synthetic network";
        return source + " (" + network.netuids().size() + " subnets)";
    }

    static String describe(PopulationSpec honest) {
        if (honest.groups().isEmpty()) {
            return "no honest agents";
        }
        return honest.groups().stream().map(g -> g.type().id() + " x" + g.count()).collect(Collectors.joining(", "))
                + String.format(Locale.ROOT, " (%d agents)", honest.totalAgents());
    }

    private static String shortSha(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
}
