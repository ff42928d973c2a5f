package io.dtaolab.conformance;

import java.util.List;

/** Outcomes of a vector run, in file order. */
public record RunResult(List<VectorOutcome> outcomes) {
    public RunResult {
        outcomes = List.copyOf(outcomes);
    }

    public long passed() {
        return outcomes.stream().filter(VectorOutcome::passed).count();
    }

    public long failed() {
        return outcomes.size() - passed();
    }

    public boolean allPassed() {
        return failed() == 0;
    }

    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
