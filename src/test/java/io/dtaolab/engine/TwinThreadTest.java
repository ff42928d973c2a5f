package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.RunArtifacts;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwinThreadTest {

    /** Records what a live listener sees, in order. */
    private static class Recorder implements RunListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void onBlock(BlockSummary s) {
            events.add("block " + s.blockIndex() + " " + s.chainBlock() + " " + s.targetShareAttack() + " " + s.targetShareTwin());
        }

        @Override
        public void onTempo(TempoReport r) {
            events.add("tempo " + r.blockIndex() + " " + r.redirectedTaoToDate() + " " + r.honestLossVsTwinTao() + " " + r.stateHashAttack());
        }

        @Override
        public void onTrade(Trade t) {
            events.add("trade " + t);
        }
    }

    private static RunData run(StrategySpec spec, int threads, long blocks, RunListener listener) throws Exception {
        return new Run(spec, spec.mechanism(), spec.seed(), blocks, OrderingPolicy.FEE_PRIORITY, new RunControl(), listener)
                .worldThreads(threads).execute();
    }

    /**
     * Also notes, on the run's thread, whether a block summary arrived after the attack world had already stepped a
     * later block (seen through the attack world's extrinsics): the attack world ran ahead of the twin.
     */
    private static final class RunAheadRecorder extends Recorder {
        volatile long lastAttackExtrinsicBlock = -1;
        int lateSummaries;

        @Override
        public void onBlock(BlockSummary s) {
            super.onBlock(s);
            if (lastAttackExtrinsicBlock > s.chainBlock()) {
                lateSummaries++;
            }
        }

        @Override
        public java.util.function.Consumer<ExtrinsicEvent> extrinsics(String world) {
            return world.equals("attack") ? e -> lastAttackExtrinsicBlock = e.block() : null;
        }
    }

    @Test
    void attackWorldRunningAheadOfASlowTwinGivesTheSingleThreadedEvents(@TempDir Path tmp) throws Exception {
        StrategySpec spec = EngineFixtures.load("pump");
        Recorder one = new Recorder();
        RunAheadRecorder ahead = new RunAheadRecorder();
        RunData a = run(spec, 1, 8_000, one);
        // the twin parks a little before each of its blocks, so the attack world gets ahead within each tempo and its
        // summaries and trades wait for the twin
        RunData b = new Run(spec, spec.mechanism(), spec.seed(), 8_000, OrderingPolicy.FEE_PRIORITY, new RunControl(),
                ahead).worldThreads(2).beforeTwinBlock(i -> java.util.concurrent.locks.LockSupport.parkNanos(200_000))
                .execute();
        assertTrue(ahead.lateSummaries > 0, "the attack world ran ahead of the twin");
        assertEquals(one.events, ahead.events);
        RunArtifacts.write(tmp.resolve("one"), a, "x", true);
        RunArtifacts.write(tmp.resolve("two"), b, "x", true);
        for (String f : new String[] {"report.json", "report.md", "series.csv"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
        }
    }

    @Test
    void twinOnItsOwnThreadGivesTheSingleThreadedBytesAndEvents(@TempDir Path tmp) throws Exception {
        StrategySpec spec = EngineFixtures.load("pump");
        Recorder one = new Recorder();
        Recorder two = new Recorder();
        // 8,000 blocks: the attack starts at block 7,200 and the last tempo is a partial one
        RunData a = run(spec, 1, 8_000, one);
        RunData b = run(spec, 2, 8_000, two);
        RunArtifacts.write(tmp.resolve("one"), a, "x", true);
        RunArtifacts.write(tmp.resolve("two"), b, "x", true);
        for (String f : new String[] {"report.json", "report.md", "series.csv"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
        }
        assertEquals(a.stateHashAttack(), b.stateHashAttack());
        assertEquals(a.stateHashTwin(), b.stateHashTwin());
        assertEquals(a.tradesTwin(), b.tradesTwin());
        assertTrue(one.events.stream().anyMatch(e -> e.startsWith("trade")), "the attack traded");
        assertEquals(one.events, two.events);
    }

    @Test
    void cancelledRunLeavesBothWorldsAtTheSameBlock() throws Exception {
        StrategySpec spec = EngineFixtures.load("pump");
        RunControl control = new RunControl();
        RunListener cancelAt = new RunListener() {
            @Override
            public void onBlock(BlockSummary s) {
                if (s.blockIndex() == 1_000) {
                    control.cancel();
                }
            }
        };
        RunData d = new Run(spec, spec.mechanism(), spec.seed(), 3_000, OrderingPolicy.FEE_PRIORITY, control, cancelAt)
                .worldThreads(2).execute();
        assertTrue(d.interrupted());
        assertTrue(d.blocksDone() >= 1_000 && d.blocksDone() < 3_000, "done " + d.blocksDone());
        assertEquals(d.attack().size(), d.twin().size());
        assertEquals(d.attack().block(d.attack().size() - 1), d.twin().block(d.twin().size() - 1));
    }

    @Test
    void cancelledRunWithTheAttackWorldAheadBringsTheTwinToTheSameBlock() throws Exception {
        StrategySpec spec = EngineFixtures.load("pump");
        RunControl control = new RunControl();
        List<Long> summaries = new ArrayList<>();
        RunListener cancelAt = new RunListener() {
            @Override
            public void onBlock(BlockSummary s) {
                summaries.add(s.blockIndex());
                if (s.blockIndex() == 7_500) {
                    control.cancel();
                }
            }
        };
        RunData d = new Run(spec, spec.mechanism(), spec.seed(), 8_000, OrderingPolicy.FEE_PRIORITY, control, cancelAt)
                .worldThreads(2).beforeTwinBlock(i -> java.util.concurrent.locks.LockSupport.parkNanos(200_000)).execute();
        assertTrue(d.interrupted());
        assertTrue(d.blocksDone() >= 7_500 && d.blocksDone() < 8_000, "done " + d.blocksDone());
        assertEquals(d.attack().size(), d.twin().size());
        assertEquals(d.attack().block(d.attack().size() - 1), d.twin().block(d.twin().size() - 1));
        for (int k = 0; k < summaries.size(); k++) {
            assertEquals(k + 1, summaries.get(k), "summaries in order, none lost");
        }
    }
}
