package io.dtaolab.scenario;

import io.dtaolab.scenario.YNode.YMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An honest population kept in its own file and included by strategies ({@code honest: { include: networks/x.yaml }}):
 * a YAML map of honest types to {count, params}, exactly what an {@code honest:} section holds, without a nested
 * include. The path is resolved where snapshots are ({@link SnapshotLocations}: the strategy's directory, then the
 * data directories, confined by real path); errors in the included file name that file and its lines.
 */
final class PopulationFile {
    static final String ALLOWED = "a .yaml file inside the strategies directory, e.g. networks/honest-mainnet.yaml";
    private final Fields fields;
    private final SnapshotLocations locations;

    PopulationFile(Fields fields, SnapshotLocations locations) {
        this.fields = fields;
        this.locations = locations;
    }

    Optional<PopulationSpec> read(YNode node, String path) {
        Optional<String> text = fields.string(node, path, null, ALLOWED);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String rel = text.get();
        if (rel.isBlank() || rel.contains("\\") || rel.startsWith("/") || rel.contains("\0") || !rel.endsWith(".yaml")) {
            fields.error(node, path, "invalid population file path '" + FieldPaths.abbreviate(rel) + "'", ALLOWED);
            return Optional.empty();
        }
        Optional<Path> file;
        try {
            file = locations.find(rel);
        } catch (DataDir.OutsideException e) {
            fields.error(node, path, "population file path leaves the strategies directory", ALLOWED);
            return Optional.empty();
        }
        if (file.isEmpty()) {
            fields.error(node, path, "population file not found in the strategies directory: " + FieldPaths.abbreviate(rel),
                    ALLOWED);
            return Optional.empty();
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file.get())) {
            content = in.readNBytes(YamlTreeReader.MAX_BYTES + 1);
        } catch (IOException e) {
            fields.error(node, path, "cannot read population file " + FieldPaths.abbreviate(rel), "");
            return Optional.empty();
        }
        Errors own = new Errors(rel);
        Fields included = new Fields(own);
        YNode root = new YamlTreeReader(own).read(content, false);
        Optional<PopulationSpec> population = Optional.empty();
        if (root != null) {
            Optional<YMap> map = included.map(root, "$");
            if (map.isPresent() && map.get().entries().containsKey(AgentReader.INCLUDE)) {
                included.errors().add(map.get().entries().get(AgentReader.INCLUDE).keyLoc(), AgentReader.INCLUDE,
                        "a population file cannot include another", "honest agent types");
            } else if (map.isPresent()) {
                population = new AgentReader(included, locations).groups(map.get(), "$");
            }
        }
        if (!own.isEmpty()) {
            fields.errors().addAll(own.list());
            return Optional.empty();
        }
        return population;
    }
}
