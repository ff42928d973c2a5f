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
}
