package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.chain.ChainError;
import io.dtaolab.chain.Rao;
import io.dtaolab.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Extrinsic execution tells a chain refusal from a bug: a typed {@code ChainException} is counted as a refusal and
 * the run goes on; anything else the chain throws (here the chain's IllegalArgumentException for a hotkey that does
 * not exist) escapes the block step, so the run fails instead of booking a model bug as a refusal.
 */
class ExtrinsicExecutorTest {

    /** Submits one extrinsic, built from its own coldkey, at its first wake. */
    private static final class OneShot extends Agent {
        private final IntFunction<Extrinsic> extrinsic;

        OneShot(IntFunction<Extrinsic> extrinsic) {
            super("one-shot", "test", false);
            this.extrinsic = extrinsic;
        }

        @Override
        public int coldkeyCount() {
            return 1;
        }

        @Override
        public long fundingPerColdkeyRao() {
            return Rao.ofTao(10);
        }

        @Override
        public long firstWake(AgentContext ctx, long startBlock) {
            return startBlock;
        }

        @Override
        public void act(AgentContext ctx) {
            ctx.submit(extrinsic.apply(coldkey()));
        }
    }

    private static World worldWith(IntFunction<Extrinsic> extrinsic, List<ExtrinsicEvent> events) throws Exception {
        StrategySpec spec = EngineFixtures.load("pump");
        World world = WorldBuilder.build(spec, spec.mechanism(), spec.seed(), false, OrderingPolicy.FEE_PRIORITY);
        world.onExtrinsic(e -> {
            if (e.agentId().equals("one-shot")) {
                events.add(e);
            }
        });
        world.join(List.of(new OneShot(extrinsic)));
        return world;
    }

    private static AgentBook oneShotBook(World world) {
        return world.book(world.agents().size() - 1);
    }

    @Test
    void aChainRefusalIsCountedAndTheWorldStepsOn() throws Exception {
        List<ExtrinsicEvent> events = new ArrayList<>();
        // a stake far above the agent's 10 TAO: the chain refuses it with NotEnoughBalance
        World world = worldWith(ck -> new Extrinsic.AddStake(ck, 0, 1, Rao.ofTao(1_000), Long.MAX_VALUE, false, 0, false),
                events);
        world.step();
        world.step();
        assertEquals(1, oneShotBook(world).refused);
        assertEquals(1, events.size());
        assertEquals(ChainError.NotEnoughBalance.name(), events.get(0).refusal());
    }

    @Test
    void aNonChainExceptionFromTheChainFailsTheStep() throws Exception {
        List<ExtrinsicEvent> events = new ArrayList<>();
        World world = worldWith(ck -> new Extrinsic.RegisterSubnet(ck, Integer.MAX_VALUE, 0, false), events);
        IllegalArgumentException bug = assertThrows(IllegalArgumentException.class, world::step);
        assertTrue(bug.getMessage().contains("unknown hotkey"), bug.getMessage());
        assertEquals(0, oneShotBook(world).refused, "a bug is not a refusal");
        assertEquals(List.of(), events);
    }

    @Test
    void aWeightExtrinsicSignedForAnotherOwnersHotkeyIsRefusedAsNotSigner() throws Exception {
        List<ExtrinsicEvent> events = new ArrayList<>();
        World world = worldWith(ck -> new Extrinsic.SetWeights(ck, 0, 1, new double[] {1}, 0, false), events);
        world.step();
        assertEquals(1, oneShotBook(world).refused);
        assertEquals("not-signer", events.get(0).refusal());
    }
}
