package io.dtaolab.bench;

import io.dtaolab.chain.Network;
import io.dtaolab.chain.Presets;

/**
 * Plain block loop for profilers (JFR): {@code java -XX:StartFlightRecording=filename=target/loop.jfr ...
 * io.dtaolab.bench.BlockLoopProfile [blocks]}. Prints blocks/s per round, then the ledger check and the state hash
 * (two versions of the chain that should agree bit for bit print the same hash). {@code -Dloop.rootHolders=N} spreads
 * the genesis root stake over N coldkeys (a quarter of them Keep, {@code -Dloop.keepShare=S}: a share S), which
 * makes the root claims visit more keys; {@code -Dloop.rootHolders=8192 -Dloop.keepShare=0} is the engine's mainnet
 * network (16 Swap holders per validator).
 */
public final class BlockLoopProfile {
    private BlockLoopProfile() {
    }

    public static void main(String[] args) throws Exception {
        long blocks = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Network net = MainnetSnapshot.build(Presets.get(Presets.CURRENT), MainnetSnapshot.DEFAULT_PATH);
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (long i = 0; i < blocks / 5; i++) {
                net.step();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %.0f blocks/s%n", round, blocks / 5 / s);
        }
        System.out.println("invariants: " + net.invariantViolations());
        System.out.printf("state hash: %016x%n", net.stateHash());
    }
}
