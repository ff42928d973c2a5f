package io.dtaolab.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a strategy's {@code network.snapshot} may come from: the strategy file's own directory first, then each shared
 * data directory in order. In a data directory the path may also start with the directory's own name
 * ({@code networks/x.csv} in {@code strategies/networks/}), so the shipped files' paths work from anywhere. Every
 * lookup is confined to its directory by real path ({@link DataDir}).
 */
public record SnapshotLocations(Path strategyDir, List<Path> dataDirs) {
    /** System property (and, upper-cased with '_', environment variable) listing the data directories, comma-separated. */
    public static final String DATA_DIRS_KEY = "lab.strategies.data-dirs";
    /** The shipped snapshots, relative to the working directory; the default data directory when it exists. */
    public static final Path DEFAULT_DATA_DIR = Path.of("strategies", "networks");

    public SnapshotLocations {
        dataDirs = List.copyOf(dataDirs);
    }

    /** The file's directory and the data directories of this process (see {@link #defaultDataDirs()}). */
    public static SnapshotLocations of(Path strategyDir) {
        return new SnapshotLocations(strategyDir, defaultDataDirs());
    }

    /**
     * {@value #DATA_DIRS_KEY} as a system property, else {@code LAB_STRATEGIES_DATA_DIRS} from the environment, else
     * {@code strategies/networks} when that directory exists under the working directory.
     */
    public static List<Path> defaultDataDirs() {
        String listed = System.getProperty(DATA_DIRS_KEY);
        if (listed == null) {
            listed = System.getenv(DATA_DIRS_KEY.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        if (listed != null) {
            return parse(listed);
        }
        return Files.isDirectory(DEFAULT_DATA_DIR) ? List.of(DEFAULT_DATA_DIR.toAbsolutePath()) : List.of();
    }

    /** A comma-separated list of directories; blanks ignored. */
    public static List<Path> parse(String listed) {
        return Arrays.stream(listed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    /**
     * The real path of the snapshot {@code relative} names, or empty when no location holds it (a link leading out of
     * its directory counts as missing). Thrown when the path leaves the strategy's directory as written.
     */
    public Optional<Path> find(String relative) throws DataDir.OutsideException {
        Optional<Path> own = DataDir.of(strategyDir).resolve(relative);
        if (own.isPresent()) {
            return own;
        }
        for (Path dir : dataDirs) {
            for (String candidate : candidates(dir, relative)) {
                try {
                    Optional<Path> found = DataDir.of(dir).resolve(candidate);
                    if (found.isPresent()) {
                        return found;
                    }
                } catch (DataDir.OutsideException e) {
                    // cannot leave a data directory either; the next location may still hold it
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> candidates(Path dir, String relative) {
        List<String> out = new ArrayList<>(List.of(relative));
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String prefix = name == null ? null : name + "/";
        if (prefix != null && relative.startsWith(prefix) && relative.length() > prefix.length()) {
            out.add(relative.substring(prefix.length()));
        }
        return out;
    }
}
