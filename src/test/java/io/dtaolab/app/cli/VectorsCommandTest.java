package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VectorsCommandTest {
    @TempDir
    Path dir;

    private static int run(String... args) {
        return new CommandLine(new LabCommand()).execute(args);
    }

    @Test
    void missingOrForeignFilesExitTwo() throws Exception {
        assertEquals(2, run("vectors", dir.resolve("nope.json").toString()));
        Path foreign = Files.writeString(dir.resolve("x.json"), "{\"format\": \"other\", \"vectors\": []}");
        assertEquals(2, run("vectors", foreign.toString()));
        Path broken = Files.writeString(dir.resolve("y.json"), "{not json");
        assertEquals(2, run("vectors", broken.toString()));
    }

    @Test
    void exitZeroOnlyWhenEveryVectorPasses() throws Exception {
        String pass = "{\"id\":\"mul\",\"kind\":\"balancer_mul_round\",\"era\":\"current-2026-06\","
                + "\"given\":{\"p_perquintill\":500000000000000000,\"value\":5},\"expect\":{\"result\":3},\"tolerance\":\"exact\"}";
        String fail = pass.replace("\"result\":3", "\"result\":2").replace("\"mul\"", "\"mul-wrong\"");
        Path good = Files.writeString(dir.resolve("good.json"), "{\"format\":\"dtao-vectors/1\",\"vectors\":[" + pass + "]}");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"dtao-vectors/1\",\"vectors\":[" + fail + "]}");
        assertEquals(0, run("vectors", good.toString()));
        assertEquals(1, run("vectors", good.toString(), bad.toString()));
    }
}
