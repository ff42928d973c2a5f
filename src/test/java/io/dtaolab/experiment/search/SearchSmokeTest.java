package io.dtaolab.experiment.search;

import io.dtaolab.engine.RunControl;
import io.dtaolab.scenario.SearchLoader;
import io.dtaolab.scenario.SearchSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SearchSmokeTest {
    @Test
    void smoke() throws Exception {
        SearchSpec spec = SearchLoader.load(Path.of("strategies/searches/flow-recycler-worst.yaml"));
        long t = System.nanoTime();
        SearchResult r = new AttackSearch(spec, 2, new RunControl(), p -> System.out.println(p)).run();
        System.out.println("wall " + (System.nanoTime() - t) / 1e9);
        for (BudgetResult b : r.budgets()) {
            System.out.println(b.budgetTao() + " base=" + b.baseline().objective() + " best=" + b.best().map(Evaluation::objective)
                    + " undetected=" + b.bestUndetected().map(Evaluation::objective) + " shrunk=" + b.shrunk().map(s -> s.steps() + " " + s.before() + " -> " + s.after()));
            b.best().ifPresent(e -> System.out.println(e.values()));
        }
    }
}
