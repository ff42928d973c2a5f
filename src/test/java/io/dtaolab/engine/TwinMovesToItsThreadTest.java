package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.RunArtifacts;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-thread run whose twin moves to its own thread part-way (a multi-seed run's last seed) keeps every byte. */
class TwinMovesToItsThreadTest {

    /** What a live listener sees, in order, and which threads the twin's extrinsics were executed on. */
    private static final class Recorder implements RunListener {
        final List<String> events = new ArrayList<>();
        final Set<String> twinThreads = Collections.synchronizedSet(new HashSet<>());

        @Override
        public void onBlock(BlockSummary s) {
            events.add("block " + s.blockIndex() + " " + s.chainBlock() + " " + s.targetShareAttack() + " " + s.targetShareTwin());
        }

        @Override
        public void onTempo(TempoReport r) {
            events.add("tempo " + r.blockIndex() + " " + r.redirectedTaoToDate() + " " + r.honestLossVsTwinTao());
        }

        @Override
        public void onTrade(Trade t) {
            events.add("trade " + t);
        }

        @Override
        public java.util.function.Consumer<ExtrinsicEvent> extrinsics(String world) {
            return world.equals("twin") ? e -> twinThreads.add(Thread.currentThread().getName()) : null;
        }
    }

    @Test
    void twinMovedAtATempoBoundaryGivesTheOneThreadBytesAndEvents(@TempDir Path tmp) throws Exception {
        StrategySpec spec = EngineFixtures.load("pump");
        // the attack (and the fork) starts at block 7,200: the twin moves at the third boundary after it
        long blocks = 9_500;
        Recorder one = new Recorder();
        Recorder moved = new Recorder();
        RunData a = new Run(spec, spec.mechanism(), spec.seed(), blocks, OrderingPolicy.FEE_PRIORITY, new RunControl(), one)
                .worldThreads(1).execute();
        AtomicInteger asked = new AtomicInteger();
        RunData b = new Run(spec, spec.mechanism(), spec.seed(), blocks, OrderingPolicy.FEE_PRIORITY, new RunControl(), moved)
                .worldThreads(1).twinThreadWhen(() -> asked.incrementAndGet() >= 3).execute();
        assertEquals(3, asked.get(), "asked at each boundary after the fork until it said yes");
        assertEquals(2, moved.twinThreads.size(), "the twin's blocks ran on the run's thread, then on its own");
        assertEquals(one.events, moved.events);
        assertEquals(a.stateHashAttack(), b.stateHashAttack());
        assertEquals(a.stateHashTwin(), b.stateHashTwin());
        assertEquals(a.tradesTwin(), b.tradesTwin());
        RunArtifacts.write(tmp.resolve("one"), a, "x", true);
        RunArtifacts.write(tmp.resolve("moved"), b, "x", true);
        for (String f : new String[] {"report.json", "report.md", "series.csv"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("moved").resolve(f)), f);
        }
    }
}
