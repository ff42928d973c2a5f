package io.dtaolab.app.cli;

import io.dtaolab.scenario.FieldError;
import io.dtaolab.scenario.StrategyInvalid;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Path;
import java.util.Optional;

/** Loads a strategy file for a command; on errors prints each as file:line:column and returns empty (exit 2). */
final class StrategyFiles {
    private StrategyFiles() {
    }

    static Optional<StrategySpec> loadOrReport(Path file) {
        try {
            return Optional.of(StrategyLoader.load(file));
        } catch (StrategyInvalid invalid) {
            for (FieldError e : invalid.errors()) {
                System.err.println(e.format());
            }
            return Optional.empty();
        }
    }
}
