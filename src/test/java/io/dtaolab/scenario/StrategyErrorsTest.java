package io.dtaolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyErrorsTest {
    static final Path STRATEGIES = Path.of("strategies");

    static final String BASE = """
            name: base
            seed: 1
            duration: 30d
            preset: current-2026-06
            network:
              synthetic: { subnets: 16 }
            honest:
              noise-trader: { count: 10 }
            adversaries:
              - id: a
                type: pump-and-dump
                target: 5
                budgetTao: 100
            """;

    static LoadResult check(String yaml) {
        return StrategyLoader.check("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), STRATEGIES);
    }

    static List<FieldError> errors(String yaml) {
        LoadResult r = check(yaml);
        if (r instanceof LoadResult.Invalid i) {
            i.errors().forEach(e -> assertFalse(e.message().startsWith(StrategyLoader.INTERNAL), e.format()));
            return i.errors();
        }
        return fail("expected errors for:\n" + yaml);
    }

    static FieldError only(String yaml) {
        List<FieldError> errors = errors(yaml);
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    static void at(FieldError e, int line, int column, String path) {
        assertEquals(path, e.path(), e.format());
        assertEquals(line, e.line(), e.format());
        assertEquals(column, e.column(), e.format());
    }

    @Test
    void baseIsValidWithDefaults() {
        StrategySpec s = ((LoadResult.Valid) check(BASE)).spec();
        assertEquals(216_000, s.blocks());
        assertEquals(List.of("current-2026-06"), s.presets());
        assertEquals(6_000_000_000_000_000L, s.network().rootStakeRao());
        assertEquals(NetworkSpec.NeuronSpec.DEFAULT, s.network().neurons());
        assertEquals(1, s.network().source() instanceof NetworkSpec.Synthetic syn ? syn.seed() : -1);
        AdversarySpec a = s.adversaries().get(0);
        assertEquals(0, a.startBlock());
        assertEquals(216_000, a.stopBlock());
        assertEquals(100_000_000_000L, a.budgetRao());
        assertEquals(0.3, a.params().getDouble("dumpAtRise"));
        assertEquals(4.0, s.honest().groups().get(0).params().getDouble("ratePerDay"));
        assertTrue(s.twin());
        assertEquals(OutputSpec.DEFAULT, s.outputs());
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        FieldError e = only("name: x\nseed: [1, 2\nduration: 30d\n");
        assertTrue(e.message().startsWith("syntax error"), e.message());
        assertTrue(e.line() >= 2, e.format());
    }

    @Test
    void unknownKeySaysWhatIsAllowed() {
        FieldError e = only(BASE.replace("seed: 1\n", "seed: 1\nsed: 2\n"));
        at(e, 3, 1, "sed");
        assertTrue(e.allowed().contains("seed") && e.allowed().contains("adversaries"), e.allowed());
    }

    @Test
    void wrongType() {
        FieldError e = only(BASE.replace("seed: 1", "seed: \"one\""));
        at(e, 2, 7, "seed");
        assertTrue(e.message().contains("expected a number"), e.message());
    }

    @Test
    void outOfRange() {
        at(only(BASE.replace("subnets: 16", "subnets: 900")), 6, 25, "network.synthetic.subnets");
        at(only(BASE.replace("seed: 1", "seed: -4")), 2, 7, "seed");
        at(only(BASE.replace("seed: 1", "seed: 99999999999999999999999")), 2, 7, "seed");
    }

    @Test
    void unknownPreset() {
        FieldError e = only(BASE.replace("current-2026-06", "current-2027"));
        at(e, 4, 9, "preset");
        assertTrue(e.allowed().contains("taoflow-2025-11"), e.allowed());
    }

    @Test
    void badOverrides() {
        List<FieldError> errors = errors(BASE.replace("preset: current-2026-06",
                "preset: current-2026-06\noverrides: { feeRateU16: 99999, poolModel: v4, frobnicate: 1, tempo: 360 }"));
        assertEquals(3, errors.size(), errors.toString());
        at(errors.get(0), 5, 26, "overrides.feeRateU16");
        at(errors.get(1), 5, 44, "overrides.poolModel");
        assertTrue(errors.get(1).allowed().contains("balancer"), errors.get(1).allowed());
        at(errors.get(2), 5, 48, "overrides.frobnicate");
        StrategySpec ok = ((LoadResult.Valid) check(BASE.replace("preset: current-2026-06",
                "preset: current-2026-06\noverrides: { feeRateU16: 66, poolModel: cpmm }"))).spec();
        assertEquals(66, ok.mechanism().feeRateU16());
    }

    @Test
    void unknownAgentTypeAndParam() {
        at(only(BASE.replace("noise-trader:", "noise-traders:")), 8, 3, "honest.noise-traders");
        at(only(BASE.replace("type: pump-and-dump", "type: pump-n-dump")), 11, 11, "adversaries[0].type");
        at(only(BASE.replace("type: pump-and-dump", "type: noise-trader")), 11, 11, "adversaries[0].type");
        FieldError e = only(BASE + "    params: { dumpAtRize: 0.3 }\n");
        at(e, 14, 15, "adversaries[0].params.dumpAtRize");
        assertTrue(e.allowed().contains("dumpAtRise"), e.allowed());
        at(only(BASE + "    params: { dumpAtRise: 1000 }\n"), 14, 27, "adversaries[0].params.dumpAtRise");
        at(only(BASE + "    params: { hype: 1 }\n"), 14, 21, "adversaries[0].params.hype");
        at(only(BASE.replace("{ count: 10 }", "{ count: 10, ratePerDay: fast }")), 8, 42, "honest.noise-trader.ratePerDay");
    }

    @Test
    void missingRequiredFields() {
        FieldError e = only(BASE.replace("seed: 1\n", ""));
        at(e, 1, 1, "seed");
        at(only(BASE.replace("    budgetTao: 100\n", "")), 10, 5, "adversaries[0].budgetTao");
        at(only(BASE.replace("{ count: 10 }", "{ ratePerDay: 2 }")), 8, 17, "honest.noise-trader.count");
    }

    @Test
    void duplicateAdversaryIds() {
        String yaml = BASE + "  - id: a\n    type: wash-trader\n    target: 6\n    budgetTao: 10\n";
        at(only(yaml), 14, 9, "adversaries[1].id");
    }

    @Test
    void durationAndBlocksExactlyOne() {
        at(only(BASE.replace("duration: 30d", "duration: 30d\nblocks: 100")), 4, 9, "blocks");
        at(only(BASE.replace("duration: 30d\n", "")), 1, 1, "duration");
        at(only(BASE.replace("duration: 30d", "duration: 30 days")), 3, 11, "duration");
        assertEquals(40_000, ((LoadResult.Valid) check(BASE.replace("duration: 30d", "blocks: 40000")))
                .spec().blocks());
    }

    @Test
    void targetMustExist() {
        FieldError e = only(BASE.replace("target: 5", "target: 17"));
        at(e, 12, 13, "adversaries[0].target");
        assertEquals("one of 1-16", e.allowed());
    }

    @Test
    void stopAfterStartAndWithinRun() {
        at(only(BASE + "    start: 10d\n    stop: 5d\n"), 15, 11, "adversaries[0].stop");
        at(only(BASE + "    stop: 31d\n"), 14, 11, "adversaries[0].stop");
        at(only(BASE + "    start: 30d\n"), 14, 12, "adversaries[0].start");
        StrategySpec s = ((LoadResult.Valid) check(BASE.replace("pump-and-dump", "wash-trader")
                + "    start: 12h\n    stop: 7200b\n")).spec();
        assertEquals(3_600, s.adversaries().get(0).startBlock());
        assertEquals(7_200, s.adversaries().get(0).stopBlock());
    }

    @Test
    void missingSnapshotFile() {
        String yaml = BASE.replace("synthetic: { subnets: 16 }", "snapshot: networks/nope.csv");
        FieldError e = only(yaml);
        at(e, 6, 13, "network.snapshot");
        assertTrue(e.message().contains("not found"), e.message());
        at(only(BASE.replace("synthetic: { subnets: 16 }", "snapshot: ../pom.xml.csv")), 6, 13, "network.snapshot");
    }

    @Test
    void snapshotNetworkProvidesTargets() {
        String yaml = BASE.replace("synthetic: { subnets: 16 }", "snapshot: networks/mainnet-2026-09-30.csv")
                .replace("target: 5", "target: 128");
        StrategySpec s = ((LoadResult.Valid) check(yaml)).spec();
        assertEquals(128, s.network().netuids().size());
        at(only(yaml.replace("target: 128", "target: 129")), 12, 13, "adversaries[0].target");
    }

    @Test
    void reportsAllErrorsAtOnce() {
        String yaml = """
                name: Bad Name
                seed: -1
                duration: 30d
                blocks: 5
                preset: nope
                network:
                  synthetic: { subnets: 0 }
                  extra: 1
                honest:
                  noise-trader: { count: 10, shielded: maybe }
                  wash-trader: { count: 1 }
                adversaries:
                  - id: x
                    type: sandwich-bot
                    target: 1
                    budgetTao: -5
                    colour: red
                twin: yes please
                """;
        List<FieldError> errors = errors(yaml);
        List<String> paths = errors.stream().map(FieldError::path).toList();
        assertEquals(List.of("name", "seed", "blocks", "preset", "network.extra", "network.synthetic.subnets",
                "honest.noise-trader.shielded", "honest.wash-trader", "adversaries[0].colour", "adversaries[0].budgetTao",
                "twin"), paths);
    }

    @Test
    void compareNeedsDistinctPresets() {
        String yaml = BASE.replace("preset: current-2026-06", "compare: [taoflow-2025-11, netflow-2026-05]");
        StrategySpec s = ((LoadResult.Valid) check(yaml)).spec();
        assertTrue(s.compares());
        assertEquals(2, s.mechanisms().size());
        at(only(BASE.replace("preset: current-2026-06", "compare: [taoflow-2025-11, taoflow-2025-11]")), 4, 28, "compare[1]");
        at(only(BASE.replace("preset: current-2026-06", "preset: current-2026-06\ncompare: [root-vote, holder-vote]")),
                5, 10, "compare");
    }

    @Test
    void crossParameterRules() {
        at(only(BASE.replace("type: pump-and-dump", "type: ema-timer") + "    params: { mode: suppress-rival }\n"),
                14, 21, "adversaries[0].params.rivalNetuid");
        at(only(BASE.replace("type: pump-and-dump", "type: insider-collusion") + "    params: { cartelValidators: 20 }\n"),
                14, 33, "adversaries[0].params.cartelValidators");
        at(only(BASE + "    stop: 3d\n    params: { accumulateDays: 3, pumpDays: 2 }\n"), 15, 44, "adversaries[0].params.pumpDays");
    }

    @Test
    void duplicateKeysAndAliasesAndRootType() {
        at(only(BASE.replace("seed: 1\n", "seed: 1\nseed: 2\n")), 3, 1, "seed");
        at(only("- 1\n- 2\n"), 1, 1, "$");
        assertFalse(errors("").isEmpty());
        assertFalse(errors(BASE.replace("seed: 1", "seed: &s 1\ndescription: *s")).isEmpty());
    }

    @Test
    void jsonIsAccepted() {
        String json = """
                {"name": "j", "seed": 3, "blocks": 100, "preset": "launch-2025-02",
                 "network": {"synthetic": {"subnets": 4}},
                 "adversaries": [{"id": "w", "type": "wash-trader", "target": 9, "budgetTao": 5}]}
                """;
        LoadResult r = StrategyLoader.check("t.json", json.getBytes(StandardCharsets.UTF_8), STRATEGIES);
        FieldError e = assertInstanceOf(LoadResult.Invalid.class, r).errors().get(0);
        at(e, 3, 63, "adversaries[0].target");
    }

    @Test
    void boundsHostileInput() {
        byte[] big = new byte[YamlTreeReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertInstanceOf(LoadResult.Invalid.class, StrategyLoader.check("big.yaml", big, STRATEGIES));
        String deep = "a: ".repeat(0) + "[".repeat(500) + "]".repeat(500);
        assertFalse(errors("name: x\nseed: 1\nd: " + deep + "\n").isEmpty());
        assertFalse(errors("name: x\nseed: 1e999999999\n").isEmpty());
    }

    @Test
    void loadThrowsStrategyInvalid() throws Exception {
        Path tmp = java.nio.file.Files.createTempFile("strategy", ".yaml");
        try {
            java.nio.file.Files.writeString(tmp, BASE.replace("seed: 1", "seed: x"));
            StrategyInvalid e = org.junit.jupiter.api.Assertions.assertThrows(StrategyInvalid.class, () -> StrategyLoader.load(tmp));
            assertEquals("seed", e.errors().get(0).path());
            assertTrue(e.errors().get(0).format().startsWith(tmp + ":2:7: seed: expected a number"), e.errors().get(0).format());
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }
}
