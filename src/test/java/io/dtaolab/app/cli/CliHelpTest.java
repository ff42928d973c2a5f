package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command explains itself with --help, without its required arguments, and serve is an ordinary command. */
class CliHelpTest {

    private record Result(int exit, String out, String err) {
    }

    private static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new LabCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void everyCommandPrintsItsHelpWithoutItsRequiredArguments() {
        Map<String, CommandLine> commands = new CommandLine(new LabCommand()).getSubcommands();
        assertTrue(commands.keySet().containsAll(java.util.List.of("run", "compare", "serve", "shrink", "validate")),
                commands.keySet().toString());
        for (String name : commands.keySet()) {
            for (String flag : new String[] {"--help", "-h"}) {
                Result r = execute(name, flag);
                assertEquals(0, r.exit(), () -> name + " " + flag + " failed: " + r.err());
                assertTrue(r.out().startsWith("Usage: dtao-lab " + name), () -> name + " " + flag + ": " + r.out());
                assertFalse(r.err().contains("Missing required"), () -> name + ": " + r.err());
            }
        }
    }

    @Test
    void theTopLevelHelpListsServeWithItsOptions() {
        Result top = execute("--help");
        assertEquals(0, top.exit());
        assertTrue(top.out().lines().anyMatch(l -> l.strip().startsWith("serve ")), top.out());
        Result serve = execute("serve", "--help");
        assertEquals(0, serve.exit(), serve.err());
        for (String option : new String[] {"--port", "--host", "--token", "--data-dir", "--insecure"}) {
            assertTrue(serve.out().contains(option), () -> option + " missing from:\n" + serve.out());
        }
        for (String key : new String[] {"quarkus.http.port", "quarkus.http.host", "lab.api.token", "lab.runs.dir"}) {
            assertTrue(serve.out().contains(key), () -> key + " missing from:\n" + serve.out());
        }
    }

    @Test
    void serveOptionsBecomeTheConfigurationKeysTheyNameAndBeatDashDProperties() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("-Dquarkus.http.port=1", "-Dlab.runs.max-concurrent=4", "--port", "9123",
                "--host", "0.0.0.0", "--token", "t0k", "--data-dir", "/srv/lab");
        Map<String, String> config = serve.configuration();
        assertEquals("9123", config.get("quarkus.http.port"));
        assertEquals("0.0.0.0", config.get("quarkus.http.host"));
        assertEquals("t0k", config.get("lab.api.token"));
        assertEquals(Path.of("/srv/lab/runs").toString(), config.get("lab.runs.dir"));
        assertEquals(Path.of("/srv/lab/sweeps").toString(), config.get("lab.sweeps.dir"));
        assertEquals("4", config.get("lab.runs.max-concurrent"));
    }

    @Test
    void aServePortOutOfRangeIsRefusedBeforeAnythingStarts() {
        Result r = execute("serve", "--port", "70000");
        assertEquals(2, r.exit());
    }
}
