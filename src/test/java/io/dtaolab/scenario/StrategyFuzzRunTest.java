package io.dtaolab.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.Run;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.RunListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutated shipped files either fail validation with located errors or run: a valid mutation is run for a few
 * blocks on every preset it names, and must finish without any exception (ledger checks included).
 */
class StrategyFuzzRunTest {
    static final int CASES = 2_000;
    static final long BLOCKS = 3;

    @Test
    void everyMutationIsACleanErrorOrASuccessfulRun() throws Exception {
        List<String> sources = new ArrayList<>();
        for (Path p : ShippedStrategiesTest.shipped()) {
            sources.add(Files.readString(p));
        }
        SplittableRandom random = new SplittableRandom(42L);
        int[] ran = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(240), () -> {
            for (int i = 0; i < CASES; i++) {
                byte[] content = StrategyFuzzTest.mutate(sources.get(random.nextInt(sources.size())), random);
                LoadResult r = StrategyLoader.check("case" + i + ".yaml", content, ShippedStrategiesTest.DIR);
                if (r instanceof LoadResult.Invalid inv) {
                    assertFalse(inv.errors().isEmpty());
                    for (FieldError e : inv.errors()) {
                        assertTrue(e.line() >= 1 && e.column() >= 1, e::format);
                    }
                    continue;
                }
                StrategySpec spec = ((LoadResult.Valid) r).spec();
                for (Mechanism m : spec.mechanisms()) {
                    try {
                        RunData d = new Run(spec, m, spec.seed(), BLOCKS, OrderingPolicy.FEE_PRIORITY, new RunControl(),
                                RunListener.NONE).execute();
                        assertTrue(d.blocksDone() == BLOCKS && !d.interrupted());
                    } catch (RuntimeException e) {
                        throw new AssertionError("valid mutation " + i + " crashed the run on " + m.name() + ": " + e
                                + "\n--- input ---\n" + new String(content, StandardCharsets.UTF_8), e);
                    }
                }
                ran[0]++;
            }
        });
        assertTrue(ran[0] >= 100, "valid mutations run: " + ran[0]);
    }
}
