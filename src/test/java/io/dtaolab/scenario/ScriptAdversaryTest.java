package io.dtaolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.agents.adversary.ScriptAction;
import io.dtaolab.analysis.Measures;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.Run;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptAdversaryTest {
    static final String SCRIPT = """
            name: scripted
            seed: 3
            blocks: 1200
            preset: current-2026-06
            network:
              synthetic: { subnets: 6, seed: 2 }
            honest:
              noise-trader: { count: 20 }
            adversaries:
              - id: s
                type: script
                target: 4
                budgetTao: 3000
                coldkeys: 2
                start: 10b
                stop: 1000b
                actions:
                  - { at: 20b, action: stake, amountTao: 1000 }
                  - { at: 20b, action: stake, netuid: 2, amountTao: 500, coldkey: 1 }
                  - { at: 400b, action: move, netuid: 2, toNetuid: 4, fraction: 0.5, coldkey: 1 }
                  - { at: 600b, action: unstake, fraction: 0.5 }
            """;

    static StrategySpec valid(String yaml) {
        LoadResult r = StrategyErrorsTest.check(yaml);
        assertTrue(r instanceof LoadResult.Valid, () -> r.toString());
        return ((LoadResult.Valid) r).spec();
    }

    @Test
    void readsActionsWithDefaults() {
        List<ScriptAction> actions = valid(SCRIPT).adversaries().get(0).actions();
        assertEquals(4, actions.size());
        assertEquals(new ScriptAction(20, ScriptAction.Kind.STAKE, 4, 0, 1_000_000_000_000L, 1, 0), actions.get(0));
        assertEquals(new ScriptAction(400, ScriptAction.Kind.MOVE, 2, 4, 0, 0.5, 1), actions.get(2));
        assertEquals(new ScriptAction(600, ScriptAction.Kind.UNSTAKE, 4, 0, 0, 0.5, 0), actions.get(3));
    }

    @Test
    void scriptRunsItsActionsAndSellsOutAtStop() throws InterruptedException {
        StrategySpec spec = valid(SCRIPT);
        RunMeasures m = Measures.of(new Run(spec, spec.mechanism(), spec.seed(), spec.blocks(), OrderingPolicy.FEE_PRIORITY,
                new RunControl(), RunListener.NONE).execute());
        RunMeasures.Adversary a = m.adversaries().get(0);
        // 4 scripted extrinsics + the unwind's sells on subnets 2 and 4 (key 0 on 4, key 1 on 2 and 4)
        assertEquals(7, a.executed() + a.refused(), a.toString());
        assertEquals(0, a.refused(), a.toString());
        assertTrue(a.feesTao() > 0 && a.exitValueTao() > 2000 && a.pnlRao() == a.rewardsRao() - a.costRao(), a.toString());
        assertTrue(m.maxCapitalAtRiskTao() > 500, m.toString());
    }

    @Test
    void badActionsAreReportedAtTheirValue() {
        String bad = SCRIPT.replace("{ at: 20b, action: stake, amountTao: 1000 }", "{ at: 20b, action: buy, amountTao: 1000 }")
                .replace("{ at: 600b, action: unstake, fraction: 0.5 }", "{ at: 1000b, action: unstake, amountTao: 5 }")
                .replace("netuid: 2, amountTao: 500, coldkey: 1", "netuid: 9, amountTao: 500, coldkey: 2");
        List<FieldError> errors = StrategyErrorsTest.errors(bad);
        String all = errors.stream().map(FieldError::format).reduce("", (x, y) -> x + y + "\n");
        assertTrue(all.contains("t.yaml:18:28: adversaries[0].actions[0].action: unknown action 'buy' (allowed: stake, unstake, move)"), all);
        assertTrue(all.contains("adversaries[0].actions[1].netuid: netuid 9 is not in the network"), all);
        assertTrue(all.contains("adversaries[0].actions[1].coldkey: "), all);
        assertTrue(all.contains("t.yaml:21:15: adversaries[0].actions[3].at: action at 200m is outside the adversary's window"), all);
        assertTrue(all.contains("adversaries[0].actions[3].amountTao: 'amountTao' does not apply to action unstake"), all);
    }

    @Test
    void actionsBelongToScriptsOnly() {
        FieldError missing = StrategyErrorsTest.only(SCRIPT.substring(0, SCRIPT.indexOf("    actions:")));
        assertEquals("adversaries[0].actions", missing.path());
        String onPump = StrategyErrorsTest.BASE + "    actions: []\n";
        FieldError e = StrategyErrorsTest.only(onPump);
        StrategyErrorsTest.at(e, 14, 5, "adversaries[0].actions");
    }
}
