package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.RunMeasures;
import org.junit.jupiter.api.Test;

/** Each attack against its honest twin moves what it should, in the direction it should. */
class AdversaryEffectTest {

    @Test
    void pumpRaisesTargetEmissionShareAndEma() throws Exception {
        RunMeasures m = EngineFixtures.measures("pump");
        assertTrue(m.targetShareAttack() > m.targetShareTwin(), "target share attack " + m.targetShareAttack() + " vs twin " + m.targetShareTwin());
        assertTrue(m.emissionRedirectedTao() > 0, "emission redirected to the target: " + m.emissionRedirectedTao());
        assertTrue(m.emaDisplacementMax() > 0, "EMA displaced");
    }

    @Test
    void sandwichBotProfitsOnlyWhenVictimsToleranceAllows() throws Exception {
        RunMeasures loose = EngineFixtures.measures("sandwich-loose");
        RunMeasures tight = EngineFixtures.measures("sandwich-tight");
        assertTrue(loose.adversaryPnlTao() > 0, "loose tolerance: bot PnL " + loose.adversaryPnlTao());
        assertTrue(loose.victimSlippageTao() > 0, "victims slip more than in the twin: " + loose.victimSlippageTao());
        assertTrue(tight.adversaryPnlTao() <= 0, "tight tolerance: bot PnL " + tight.adversaryPnlTao());
        assertEquals(0, tight.adversaries().get(0).executed(), "no sandwich fits a 0.05 % limit");
    }

    @Test
    void flowRecyclerCapturesEmissionUnderTheFlowRule() throws Exception {
        RunMeasures m = EngineFixtures.measures("flow");
        assertTrue(m.targetShareAttack() > m.targetShareTwin() + 0.05, "flow rule share " + m.targetShareAttack() + " vs " + m.targetShareTwin());
        assertTrue(m.emissionRedirectedTao() > 100, "redirected " + m.emissionRedirectedTao());
    }

    @Test
    void briberyUnderRootVoteRedirectsEmission() throws Exception {
        RunMeasures m = EngineFixtures.measures("bribe");
        assertTrue(m.emissionRedirectedTao() > 0, "redirected " + m.emissionRedirectedTao());
        assertTrue(m.targetShareAttack() > m.targetShareTwin());
    }

    @Test
    void sybilVotesUnderHolderVoteRedirectEmission() throws Exception {
        RunMeasures m = EngineFixtures.measures("sybil");
        // the swarm's 20,000 TAO of votes compete with the genesis holders' honest votes (6M TAO of root stake)
        assertTrue(m.targetShareAttack() > 1.2 * m.targetShareTwin(), "share " + m.targetShareAttack() + " vs " + m.targetShareTwin());
        assertTrue(m.emissionRedirectedTao() > 0, "redirected " + m.emissionRedirectedTao());
    }
}
