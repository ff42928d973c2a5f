package io.dtaolab.engine;

import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Path;

/**
 * The shared prefix's saving, for {@code farm-bench}: one run of a strategy file, its twin either forked off the
 * attack world where the first adversary may act ({@code fork}) or stepped as a second world from genesis
 * ({@code separate}), both on one thread, detectors off. Prints the two state hashes (equal in both modes).
 * {@code java -cp target/test-classes:target/classes:target/quarkus-app/lib/main/* io.dtaolab.engine.ForkSavingBench
 * strategies/pump-and-dump-mainnet.yaml fork|separate [blocks]}
 */
public final class ForkSavingBench {
    private ForkSavingBench() {
    }

    public static void main(String[] args) throws Exception {
        StrategySpec spec = StrategyLoader.load(Path.of(args[0]));
        boolean separate = "separate".equals(args[1]);
        long blocks = args.length > 2 ? Long.parseLong(args[2]) : spec.blocks();
        Run run = new Run(spec, spec.mechanism(), spec.seed(), blocks, OrderingPolicy.FEE_PRIORITY, new RunControl(),
                RunListener.NONE);
        RunData d = (separate ? run.separateTwin() : run.worldThreads(1)).execute();
        System.out.printf("%s: attack %016x twin %016x%n", separate ? "separate" : "fork", d.stateHashAttack(), d.stateHashTwin());
    }
}
