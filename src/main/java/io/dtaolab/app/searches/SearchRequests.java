package io.dtaolab.app.searches;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.app.runs.InvalidRequestException;
import io.dtaolab.app.runs.StrategyCatalog;
import io.dtaolab.app.runs.WorkBudget;
import io.dtaolab.app.runs.WorkBudgetException;
import io.dtaolab.app.sweeps.SweepBaseGuard;
import io.dtaolab.app.sweeps.SweepRejectedException;
import io.dtaolab.experiment.search.Shrinker;
import io.dtaolab.scenario.SearchInvalid;
import io.dtaolab.scenario.SearchLoader;
import io.dtaolab.scenario.SearchSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns what a client sent (a search file, or a shipped search's name) into a checked search and thread count. The
 * base must be a shipped strategy (as for sweeps); every candidate run must fit the run limits and all of them
 * together {@code lab.searches.max-work}.
 */
@ApplicationScoped
public class SearchRequests {
    private final StrategyCatalog catalog;
    private final WorkBudget budget;
    private final int maxThreads;
    private final long maxWork;

    public SearchRequests(StrategyCatalog catalog, WorkBudget budget, LabConfig config) {
        this.catalog = catalog;
        this.budget = budget;
        this.maxThreads = config.searches().maxThreads();
        this.maxWork = config.searches().maxWork();
    }

    /** A search file of {@code strategies/searches}, by name with or without extension. */
    public SearchSpec fromShipped(String name) {
        Path dir = strategiesDir().resolve("searches");
        Optional<Path> file = name.contains("/") || name.contains("\\") ? Optional.empty()
                : Stream.of(name, name + ".yaml", name + ".yml", name + ".json").filter(n -> !n.endsWith(".schema.json"))
                .map(dir::resolve).filter(Files::isRegularFile).findFirst();
        if (file.isEmpty()) {
            throw new InvalidRequestException("no shipped search named '" + name + "' in strategies/searches");
        }
        try {
            return admitted(SearchLoader.load(file.get()));
        } catch (SearchInvalid e) {
            throw new SearchRejectedException(e.errors());
        }
    }

    /** {@code fileName} decides the format ({@code .json} or YAML) and names the file in error messages. */
    public SearchSpec fromDocument(String fileName, byte[] content) {
        Path searchDir;
        try {
            searchDir = SweepBaseGuard.documentDirFor(fileName, content, strategiesDir(), "search");
        } catch (SweepRejectedException e) {
            throw new SearchRejectedException(e.errors());
        }
        try {
            return admitted(SearchLoader.load(fileName, content, searchDir));
        } catch (SearchInvalid e) {
            throw new SearchRejectedException(e.errors());
        }
    }

    /** Local threads: 1 to {@code lab.searches.max-threads}, which is also the default. */
    public int threads(Optional<Integer> asked) {
        int t = asked.orElse(maxThreads);
        if (t < 1 || t > maxThreads) {
            throw new InvalidRequestException("threads must be between 1 and " + maxThreads + " (lab.searches.max-threads), got " + t);
        }
        return t;
    }

    private SearchSpec admitted(SearchSpec spec) {
        long candidates = (long) spec.evaluations() + (spec.shrinkKeep() > 0 ? Shrinker.DEFAULT_MAX_TRIALS : 0);
        long runs = candidates * spec.seeds().size() * spec.budgetsTao().size();
        long units = budget.checkRun(spec.base(), spec.base().blocks(), 1).times(runs).units();
        if (units > maxWork) {
            throw new WorkBudgetException("search work, one run's work × " + runs + " candidate runs (seeds × candidates"
                    + " with shrink trials × budgets)", units, maxWork, "lab.searches.max-work");
        }
        return spec;
    }

    private Path strategiesDir() {
        if (catalog.dir() == null) {
            throw new InvalidRequestException("this server has no strategies directory for a search's base");
        }
        return catalog.dir().toAbsolutePath().normalize();
    }
}
