package io.dtaolab.bench;

import io.dtaolab.chain.Network;
import io.dtaolab.chain.Presets;
import io.dtaolab.chain.Rao;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The block loop on the mainnet snapshot (128 subnets, preset current-2026-06, epochs included, no agents) and
 * swaps on one pool. Throughput is per second: blocks/s for {@link #block}, swaps/s for the others.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class BlockLoopBench {

    @State(Scope.Thread)
    public static class Chain {
        @Param({Presets.CURRENT})
        public String preset;
        @Param({MainnetSnapshot.DEFAULT_PATH})
        public String csv;
        Network net;

        @Setup(Level.Trial)
        public void load() throws Exception {
            net = MainnetSnapshot.build(Presets.get(preset), csv);
        }
    }

    /** One block: coinbase for 128 subnets, due epochs (Yuma + payout), EMA update. */
    @Benchmark
    public long block(Chain c) {
        c.net.step();
        return c.net.block();
    }

    @State(Scope.Thread)
    public static class Pool {
        @Param({"64"})
        public int netuid;
        Network net;
        int trader;
        int hotkey;

        @Setup(Level.Trial)
        public void load() throws Exception {
            net = MainnetSnapshot.build(Presets.get(Presets.CURRENT), MainnetSnapshot.DEFAULT_PATH);
            trader = net.createColdkey("bench-trader", 1_000_000L * Rao.PER_TAO);
            hotkey = net.createHotkey("bench-hot", trader);
            net.beginBlock();
        }
    }

    /** add_stake of 1 TAO then remove_stake of the whole position (two swaps through the staking extrinsics). */
    @Benchmark
    @OperationsPerInvocation(2)
    public long stakeUnstakePair(Pool p) {
        p.net.addStake(p.trader, p.hotkey, p.netuid, Rao.PER_TAO, Long.MAX_VALUE, false);
        long held = p.net.stake(p.trader, p.hotkey, p.netuid);
        return p.net.removeStake(p.trader, p.hotkey, p.netuid, held, Long.MAX_VALUE, false).taoRao();
    }

    /** The pool math alone: a buy quote and a sell quote (no state change). */
    @Benchmark
    @OperationsPerInvocation(2)
    public long quoteBuySell(Pool p) {
        return p.net.quoteBuy(p.netuid, Rao.PER_TAO) + p.net.quoteSell(p.netuid, 100L * Rao.PER_TAO);
    }
}
