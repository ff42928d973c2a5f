package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.analysis.Measures;
import io.dtaolab.analysis.RunArtifacts;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The accounting closes on every attack we ship: report.json carries the value ledger's residual (0) and the
 * identity PnL = rewards − cost to the RAO, and no headline measure is infinite, NaN where defined, or negative
 * where its definition forbids it. The attack phases of the shipped strategies are reached through their
 * short test variants (the shipped files themselves run at 720 blocks, before most attacks begin).
 */
class AccountingClosesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyAttackCloses() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"src/test/resources/detect", "src/test/resources/engine", "strategies"}) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            StrategySpec spec = StrategyLoader.load(f);
            boolean shipped = f.startsWith("strategies");
            Mechanism m = spec.mechanisms().get(0);
            RunData d = new Run(spec, m, spec.seed(), shipped ? 720 : spec.blocks(), OrderingPolicy.FEE_PRIORITY,
                    new RunControl(), RunListener.NONE).execute();
            RunMeasures measures = Measures.of(d);
            JsonNode report = JSON.readTree(RunArtifacts.reportJson(measures));
            assertEquals(BigDecimal.ZERO, report.path("accounting").path("residualRao").decimalValue().stripTrailingZeros(),
                    "value ledger residual");
            assertTrue(report.path("pnlIdentity").path("holds").asBoolean(), "PnL = rewards − cost: " + report.path("pnlIdentity"));
            long pnl = report.path("pnlIdentity").path("pnlRao").asLong();
            assertEquals(pnl, report.path("pnlIdentity").path("rewardsRao").asLong() - report.path("pnlIdentity").path("costRao").asLong());
            for (JsonNode a : report.path("adversaries")) {
                assertEquals(a.path("pnlRao").asLong(), a.path("rewardsRao").asLong() - a.path("costRao").asLong(), a.toString());
                assertTrue(a.path("rewardsRao").asLong() >= 0, "rewards are never negative: " + a);
                assertTrue(a.path("maxCapitalAtRiskTao").asDouble() >= 0);
            }
            assertFalse(report.toString().contains("Infinity") || report.toString().contains("NaN"), "no Infinity/NaN in report.json");
            assertTrue(measures.maxCapitalAtRiskTao() >= 0 && measures.breakEvenRewardsTao() >= 0
                    && measures.networkEmissionTao() >= 0 && measures.adversaryFeesTao() >= 0);
            if (!shipped && !spec.adversaries().isEmpty() && measures.adversaries().get(0).executed() > 0
                    && !measures.adversaries().get(0).type().equals("sybil-swarm")) {
                assertTrue(measures.maxCapitalAtRiskTao() > 0, "an adversary that traded had capital at risk");
            }
            if (Double.isNaN(measures.emissionCapturedPerTaoAtRisk())) {
                assertTrue(report.path("emissionCapturedPerTaoAtRisk").isNull());
            }
        }));
    }
}
