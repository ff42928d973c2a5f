package io.dtaolab.app.cli;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.SavedState;
import io.dtaolab.engine.StateFileException;
import io.dtaolab.engine.StateFingerprint;
import io.dtaolab.engine.StateHeader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Saved warm states for the CLI: loaded, checked against a run, saved; every problem one clear line on stderr. */
final class StateFiles {
    private StateFiles() {
    }

    /** The state in {@code file}, or empty after saying why it cannot be used. */
    static Optional<SavedState> loadOrReport(Path file) {
        try {
            return Optional.of(SavedState.load(file));
        } catch (StateFileException e) {
            System.err.println(TerminalText.clean(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Whether {@code state} fits the run; if not, every mismatch is printed under the file's name. */
    static boolean fitsOrReport(SavedState state, StrategySpec spec, Mechanism mechanism, long seed,
                                OrderingPolicy ordering, Path strategyFile) {
        List<String> problems = state.mismatches(spec, mechanism, seed, ordering);
        if (problems.isEmpty()) {
            return true;
        }
        System.err.println(TerminalText.clean(state.file() + ": this saved state does not fit " + strategyFile
                + " (seed " + seed + ", " + mechanism.name() + ", " + ordering + "); it was warmed for "
                + state.fingerprint().strategy() + ":"));
        problems.forEach(p -> System.err.println(TerminalText.clean("  " + p)));
        return false;
    }

    /** One line on stderr saying which state a run starts from. */
    static void announce(SavedState state) {
        StateFingerprint f = state.fingerprint();
        System.err.println(TerminalText.clean(String.format(Locale.ROOT,
                "starting from saved state %s (warmed by %s: %s, %s, seed %d, %d warm-up blocks, chain block %d; sha256 %s)",
                state.file(), f.strategy(), f.preset(), f.network(), f.seed(), f.warmupBlocks(), state.header().chainBlock(),
                state.sha256().substring(0, 16))));
    }

    /** Warms the strategy and writes its state to {@code file}; empty after saying why it could not. */
    static Optional<StateHeader> saveOrReport(StrategySpec spec, Mechanism mechanism, long seed, OrderingPolicy ordering,
                                             Path file) {
        try {
            StateHeader h = SavedState.warmAndSave(spec, mechanism, seed, ordering, file);
            System.err.println(TerminalText.clean(String.format(Locale.ROOT,
                    "saved the warm state to %s (%d warm-up blocks, %,d bytes)", file, h.fingerprint().warmupBlocks(),
                    h.headerBytes() + h.deflatedBytes())));
            return Optional.of(h);
        } catch (StateFileException e) {
            System.err.println(TerminalText.clean(e.getMessage()));
            return Optional.empty();
        } catch (java.io.IOException e) {
            System.err.println(TerminalText.clean(file + ": cannot write the state: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
