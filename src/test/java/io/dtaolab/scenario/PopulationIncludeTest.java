package io.dtaolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code honest: { include: networks/x.yaml }}: the same population as inline, strict, errors naming the included file. */
class PopulationIncludeTest {
    static final String POPULATION = """
            noise-trader: { count: 5, ratePerDay: 3, valueTilt: 1.5 }
            long-term-staker: { count: 2, walletTao: 300 }
            """;

    @TempDir
    Path tmp;

    private static byte[] strategy(String honest) {
        return ("""
                name: x
                seed: 1
                blocks: 10
                preset: current-2026-06
                network:
                  synthetic: { subnets: 3 }
                honest: %s
                """.formatted(honest)).getBytes(StandardCharsets.UTF_8);
    }

    private Path dirWith(String population) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("strategies/networks")).getParent();
        Files.writeString(dir.resolve("networks/pop.yaml"), population);
        return dir;
    }

    private static List<FieldError> errors(LoadResult r) {
        return assertInstanceOf(LoadResult.Invalid.class, r).errors();
    }

    @Test
    void anIncludedPopulationIsTheSameAsTheInlineOne() throws Exception {
        Path dir = dirWith(POPULATION);
        StrategySpec included = assertInstanceOf(LoadResult.Valid.class,
                StrategyLoader.check("s.yaml", strategy("{ include: networks/pop.yaml }"), dir)).spec();
        String inline = "\n" + POPULATION.indent(2);
        StrategySpec written = assertInstanceOf(LoadResult.Valid.class, StrategyLoader.check("s.yaml", strategy(inline), dir)).spec();
        assertEquals(written.honest(), included.honest());
        assertEquals(1.5, included.honest().groups().get(0).params().getDouble("valueTilt"));
    }

    @Test
    void errorsInTheIncludedFileNameItsFileAndLine() throws Exception {
        Path dir = dirWith("noise-trader: { count: 5 }\nmomentum-follower: { count: 2, maxPremium: -1 }\n");
        List<FieldError> e = errors(StrategyLoader.check("s.yaml", strategy("{ include: networks/pop.yaml }"), dir));
        assertEquals(1, e.size(), e.toString());
        assertEquals("networks/pop.yaml", e.get(0).file());
        assertEquals(2, e.get(0).line());
        assertEquals("momentum-follower.maxPremium", e.get(0).path());
        assertTrue(e.get(0).allowed().contains("0 to 100"), e.get(0).allowed());
    }

    @Test
    void includeIsStrict() throws Exception {
        Path dir = dirWith("include: networks/pop.yaml\n");
        List<FieldError> nested = errors(StrategyLoader.check("s.yaml", strategy("{ include: networks/pop.yaml }"), dir));
        assertTrue(nested.get(0).message().contains("cannot include another"), nested.toString());
        List<FieldError> mixed = errors(StrategyLoader.check("s.yaml",
                strategy("{ include: networks/pop.yaml, noise-trader: { count: 1 } }"), dir));
        assertEquals("s.yaml", mixed.get(0).file());
        assertTrue(mixed.get(0).message().contains("unknown key 'noise-trader'"), mixed.toString());
        for (String bad : List.of("../pop.yaml", "networks/none.yaml", "networks/pop.yml", "/etc/pop.yaml")) {
            List<FieldError> e = errors(StrategyLoader.check("s.yaml", strategy("{ include: " + bad + " }"), dir));
            assertEquals("honest.include", e.get(0).path(), bad + ": " + e);
            assertEquals(7, e.get(0).line(), bad);
        }
    }
}
