package io.dtaolab.experiment.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.detect.ScoreTrace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counting rules of the evaluation on hand-made score traces. */
class EvalScoringTest {
    static final String WASH = "wash-trading";

    static EvalWorld world(boolean twin, HonestStress stress, List<EvalWorld.Attack> attacks, double[][] scores) {
        ScoreTrace t = new ScoreTrace();
        for (double[] s : scores) {
            t.record((long) s[0], (int) s[1], s[2]);
        }
        return new EvalWorld("c", twin, stress, attacks, Map.of(WASH, t));
    }

    static EvalWorld.Attack attack(AttackFamily f, int target, long start, long executed) {
        return new EvalWorld.Attack(new GeneratedCase.Truth(f, Variant.PLAIN, "a1", target, 0, 100), start, executed);
    }

    @Test
    void scoreOnTargetAfterStartIsCaughtElsewhereOrEarlierIsFalse() {
        List<EvalWorld> worlds = List.of(
                // caught 40 blocks after start; the alarm on subnet 2 of the same world is a false alarm
                world(false, HonestStress.NONE, List.of(attack(AttackFamily.WASH, 3, 1000, 5)),
                        new double[][] {{1040, 3, 9}, {500, 2, 9}}),
                // reached the threshold on the target only before the attack began: missed, and a false alarm
                world(false, HonestStress.NONE, List.of(attack(AttackFamily.WASH, 3, 1000, 5)),
                        new double[][] {{900, 3, 9}, {1200, 3, 4}}),
                // honest twin under HFT stress: false alarm
                world(true, HonestStress.HFT, List.of(), new double[][] {{100, 1, 6}}),
                // another family's attack: wrong attribution
                world(false, HonestStress.NONE, List.of(attack(AttackFamily.PUMP, 1, 0, 5)), new double[][] {{10, 1, 7}}),
                // an inert wash attack is no positive
                world(false, HonestStress.NONE, List.of(attack(AttackFamily.WASH, 1, 0, 0)), new double[][] {}));
        DetectorOutcome o = EvalScoring.outcome(WASH, 5, worlds);
        assertEquals(2, o.positives());
        assertEquals(1, o.truePositives());
        assertEquals(List.of(40L), o.delays());
        assertEquals(3, o.falseOnOtherAttacks(), "subnet 2 of world 1, the target of world 2, the pump world");
        assertEquals(1, o.falseOnHonest());
        assertEquals(1, o.falseByStress().get(HonestStress.HFT)[0]);
        assertEquals(4, o.falseAlarms());
        assertEquals(0.2, o.precision(), 1e-9);
        assertEquals(0.5, o.recall(), 1e-9);
    }

    @Test
    void aucRanksAttacksAboveHonestWorlds() {
        List<EvalWorld> worlds = List.of(
                world(false, HonestStress.NONE, List.of(attack(AttackFamily.WASH, 3, 0, 5)), new double[][] {{10, 3, 9}}),
                world(false, HonestStress.NONE, List.of(attack(AttackFamily.WASH, 3, 0, 5)), new double[][] {{10, 3, 2}}),
                world(true, HonestStress.NONE, List.of(), new double[][] {{10, 1, 3}}),
                world(true, HonestStress.NONE, List.of(), new double[][] {{10, 1, 1}}));
        assertEquals(0.75, EvalScoring.auc(WASH, worlds), 1e-9);
    }

    @Test
    void tunedThresholdSeparatesTheTuningSetAndIgnoresTheHeldOutSet() {
        List<EvalWorld> tuning = List.of(
                world(false, HonestStress.NONE, List.of(attack(AttackFamily.WASH, 3, 0, 5)), new double[][] {{10, 3, 20}}),
                world(false, HonestStress.NONE, List.of(attack(AttackFamily.WASH, 3, 0, 5)), new double[][] {{10, 3, 30}}),
                world(true, HonestStress.NONE, List.of(), new double[][] {{10, 1, 5}}));
        double t = ThresholdTuner.tune(WASH, tuning, 1);
        assertTrue(t > 5 && t <= 20, "threshold " + t);
        DetectorOutcome o = EvalScoring.outcome(WASH, t, tuning);
        assertEquals(1.0, o.precision());
        assertEquals(1.0, o.recall());
    }
}
