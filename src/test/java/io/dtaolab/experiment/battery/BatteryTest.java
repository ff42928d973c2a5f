package io.dtaolab.experiment.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.engine.RunControl;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatteryTest {
    @Test
    void everyAttackOnEveryPresetInOneMatrix() throws Exception {
        List<StrategySpec> attacks = List.of(StrategyLoader.load(Path.of("strategies/wash-trader.yaml")),
                StrategyLoader.load(Path.of("strategies/scripted-flow-cycle.yaml")));
        List<String> presets = List.of("taoflow-2025-11", "current-2026-06", "holder-vote");
        BatteryResult r = Battery.run(attacks, presets, 400, 2, new RunControl(), n -> { });
        assertEquals(List.of("wash-trader", "scripted-flow-cycle"), r.attacks());
        assertEquals(2, r.cells().size());
        for (List<BatteryResult.Cell> row : r.cells()) {
            assertEquals(3, row.size());
            row.forEach(c -> assertNotNull(c.result(), c.error()));
        }
        // each cell is the attack under that preset: the wash trader's own taoflow run is the taoflow column
        assertEquals("taoflow-2025-11", r.cells().get(0).get(0).result().preset());
        String md = BatteryReport.markdown(r, 400);
        assertTrue(md.contains("| attack | taoflow-2025-11 | current-2026-06 | holder-vote |"), md);
        assertTrue(md.contains("| wash-trader |") && md.contains("| scripted-flow-cycle |"), md);
        String html = BatteryReport.html(r, 400);
        assertEquals(6, html.split("<td class=\"cell\"", -1).length - 1, html);
        assertTrue(html.contains("background:rgb(255,"), html);
        assertEquals(7, BatteryReport.csv(r).split("\n").length);
    }
}
