package io.dtaolab.app.cli;

import io.dtaolab.engine.WorldCheck;
import io.dtaolab.scenario.FieldError;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one admission of a strategy file for every command: {@code validate} accepts exactly what {@code run},
 * {@code compare} and {@code sweep} would start from. Errors print as file:line:column, control characters escaped.
 */
final class StrategyFiles {
    private StrategyFiles() {
    }

    static LoadResult admit(Path file) {
        LoadResult result = StrategyLoader.check(file);
        if (result instanceof LoadResult.Valid valid) {
            Optional<String> problem = WorldCheck.problem(valid.spec());
            if (problem.isPresent()) {
                return new LoadResult.Invalid(List.of(new FieldError(file.toString(), 1, 1, "$", problem.get(), "")));
            }
        }
        return result;
    }

    static Optional<StrategySpec> loadOrReport(Path file) {
        LoadResult result = admit(file);
        if (result instanceof LoadResult.Invalid invalid) {
            print(invalid.errors(), System.err);
            return Optional.empty();
        }
        return Optional.of(((LoadResult.Valid) result).spec());
    }

    static void print(List<FieldError> errors, PrintStream out) {
        errors.forEach(e -> out.println(TerminalText.clean(e.format())));
    }
}
