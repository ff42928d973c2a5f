package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.chain.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `compare` on a short run of a shipped strategy across every preset, root-vote and holder-vote included. */
class CompareCommandTest {
    @Test
    void comparesAShippedStrategyAcrossAllPresets(@TempDir Path out) throws Exception {
        int exit = new CommandLine(new LabCommand()).execute("compare", "strategies/wash-trader.yaml",
                "--presets", String.join(",", Presets.names()), "--blocks", "1440", "--out", out.toString());
        assertEquals(0, exit);
        String md = Files.readString(out.resolve("compare.md"));
        for (String p : Presets.names()) {
            assertTrue(md.contains("| " + p + " |") || md.contains(" " + p + " |"), p + " column in compare.md");
        }
        assertTrue(md.contains("resisted best"), md);
        JsonNode json = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
        assertEquals(Presets.names().size(), json.get("presets").size());
        assertTrue(Presets.names().contains(json.get("bestPreset").asText()));
        for (JsonNode p : json.get("presets")) {
            assertTrue(p.has("emissionRedirectedTao") && p.has("adversaryCostTao") && p.has("adversaryPnlTao")
                    && p.has("firstAlarmDelayBlocks"), p.toString());
        }
        System.out.println(md);
    }

    /**
     * The file's overrides hold under compare as they do under run (compare used to look presets up by name and
     * drop them): a 30 % fee file compared under its own preset gives the run's cost and redirection exactly.
     */
    @Test
    void compareAppliesTheFilesOverrides(@TempDir Path tmp) throws Exception {
        String yaml = Files.readString(Path.of("strategies/wash-trader.yaml"))
                .replace("preset: taoflow-2025-11\n", "preset: taoflow-2025-11\noverrides:\n  feeRateU16: 3000\n");
        assertTrue(yaml.contains("feeRateU16: 3000"));
        Path file = Files.writeString(tmp.resolve("wash-fee.yaml"), yaml);
        Path plain = Files.writeString(tmp.resolve("wash.yaml"), Files.readString(Path.of("strategies/wash-trader.yaml")));

        assertEquals(0, cli("run", file.toString(), "--blocks", "1440", "--out", tmp.resolve("run").toString()));
        assertEquals(0, cli("compare", file.toString(), "--presets", "taoflow-2025-11", "--blocks", "1440", "--out",
                tmp.resolve("cmp").toString()));
        assertEquals(0, cli("compare", plain.toString(), "--presets", "taoflow-2025-11", "--blocks", "1440", "--out",
                tmp.resolve("cmp-plain").toString()));
        ObjectMapper json = new ObjectMapper();
        JsonNode run = json.readTree(tmp.resolve("run/report.json").toFile());
        JsonNode cmp = json.readTree(tmp.resolve("cmp/compare.json").toFile()).get("presets").get(0);
        JsonNode cmpPlain = json.readTree(tmp.resolve("cmp-plain/compare.json").toFile()).get("presets").get(0);
        assertTrue(cmp.get("adversaryCostTao").asDouble() > 2 * cmpPlain.get("adversaryCostTao").asDouble(),
                "the 30 % fee must cost more than the preset's own: " + cmp + " vs " + cmpPlain);
        for (String measure : new String[] {"adversaryCostTao", "adversaryPnlTao", "emissionRedirectedTao"}) {
            assertEquals(run.get(measure).asDouble(), cmp.get(measure).asDouble(), measure + ": compare vs run");
        }
    }

    private static int cli(String... args) {
        return new CommandLine(new LabCommand()).execute(args);
    }
}
