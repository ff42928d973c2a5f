package io.dtaolab.scenario;

import io.dtaolab.agents.catalog.AgentType.Limits;
import io.dtaolab.chain.Rao;
import io.dtaolab.scenario.NetworkSpec.NeuronSpec;
import io.dtaolab.scenario.NetworkSpec.QualitySpec;
import io.dtaolab.scenario.NetworkSpec.Range;
import io.dtaolab.scenario.NetworkSpec.Synthetic;
import io.dtaolab.scenario.YNode.YList;
import io.dtaolab.scenario.YNode.YMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the {@code network} section, finding a snapshot file next to the strategy or in a shared data directory. */
final class NetworkReader {
    static final List<String> KEYS = List.of("snapshot", "synthetic", "rootStakeTao", "neurons", "quality");
    static final List<String> SYNTHETIC_KEYS = List.of("subnets", "taoReserveTao", "priceTao", "seed");
    static final List<String> NEURON_KEYS = List.of("validators", "miners");
    static final List<String> QUALITY_KEYS = List.of("volatility", "meanReversion");
    static final int MAX_VALIDATORS = 64;
    static final int MAX_MINERS = 256;
    static final String ALLOWED = "a .csv path relative to the strategy file's directory or to a data directory "
            + "(lab.strategies.data-dirs; default strategies/networks), e.g. networks/mainnet-2026-09-30.csv";

    private final Fields fields;
    private final SnapshotLocations locations;
    private Optional<NeuronSpec> neurons = Optional.empty();

    NetworkReader(Fields fields, SnapshotLocations locations) {
        this.fields = fields;
        this.locations = locations;
    }

    /** The neurons section as read, even when the network as a whole could not be (a missing snapshot). */
    Optional<NeuronSpec> neurons() {
        return neurons;
    }

    Optional<NetworkSpec> read(YNode node, long runSeed) {
        String path = "network";
        Optional<YMap> map = fields.map(node, path);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YMap m = map.get();
        fields.onlyKeys(m, path, KEYS);
        Optional<YNode> snapshot = Fields.get(m, "snapshot");
        Optional<YNode> synthetic = Fields.get(m, "synthetic");
        Optional<NetworkSpec.Source> source = Optional.empty();
        if (snapshot.isPresent() && synthetic.isPresent()) {
            fields.error(synthetic.get(), "network.synthetic", "give either snapshot or synthetic, not both", "snapshot or synthetic");
        } else if (snapshot.isPresent()) {
            source = snapshot(snapshot.get());
        } else if (synthetic.isPresent()) {
            source = synthetic(synthetic.get(), runSeed);
        } else {
            fields.error(m, "network", "missing network source", "snapshot: <file> or synthetic: {subnets: N}");
        }
        long rootStake = Fields.get(m, "rootStakeTao").flatMap(n -> fields.number(n, "network.rootStakeTao", 0, Limits.MAX_TAO))
                .map(Rao::ofTao).orElse(Rao.ofTao(NetworkSpec.DEFAULT_ROOT_STAKE_TAO));
        Optional<NeuronSpec> neurons = Fields.get(m, "neurons").map(this::neurons).orElse(Optional.of(NeuronSpec.DEFAULT));
        this.neurons = neurons;
        Optional<QualitySpec> quality = Fields.get(m, "quality").map(this::quality).orElse(Optional.of(QualitySpec.DEFAULT));
        if (source.isEmpty() || neurons.isEmpty() || quality.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NetworkSpec(source.get(), rootStake, neurons.get(), quality.get()));
    }

    private Optional<NetworkSpec.Source> snapshot(YNode node) {
        String path = "network.snapshot";
        Optional<String> text = fields.string(node, path, null, ALLOWED);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String rel = text.get();
        String allowed = ALLOWED;
        if (rel.isBlank() || rel.contains("\\") || rel.startsWith("/") || rel.contains("\0") || !rel.endsWith(".csv")) {
            fields.error(node, path, "invalid snapshot path '" + FieldPaths.abbreviate(rel) + "'", allowed);
            return Optional.empty();
        }
        Optional<Path> file;
        try {
            file = locations.find(rel);
        } catch (DataDir.OutsideException e) {
            fields.error(node, path, "snapshot path leaves the strategy's directory", allowed);
            return Optional.empty();
        }
        // one message for "missing" and "a link that leads outside", so an error never tells what exists outside
        if (file.isEmpty()) {
            fields.error(node, path, "snapshot file not found next to the strategy or in a data directory: "
                    + FieldPaths.abbreviate(rel), allowed);
            return Optional.empty();
        }
        try {
            return Optional.of(new NetworkSpec.Snapshot(rel, SnapshotLoader.load(file.get())));
        } catch (SnapshotFormatException e) {
            fields.error(node, path, "bad snapshot file " + FieldPaths.abbreviate(rel) + ": " + e.getMessage(), "");
        } catch (IOException e) {
            fields.error(node, path, "cannot read snapshot file " + FieldPaths.abbreviate(rel), "");
        }
        return Optional.empty();
    }

    private Optional<NetworkSpec.Source> synthetic(YNode node, long runSeed) {
        String path = "network.synthetic";
        Optional<YMap> map = fields.map(node, path);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YMap m = map.get();
        fields.onlyKeys(m, path, SYNTHETIC_KEYS);
        Optional<Long> subnets = fields.require(m, path, "subnets", "an integer from 1 to " + Synthetic.MAX_SUBNETS)
                .flatMap(n -> fields.integer(n, path + ".subnets", 1, Synthetic.MAX_SUBNETS));
        Optional<Range> reserve = Fields.get(m, "taoReserveTao").map(n -> range(n, path + ".taoReserveTao", 0.001, Limits.MAX_TAO))
                .orElse(Optional.of(Synthetic.DEFAULT_TAO_RESERVE));
        Optional<Range> price = Fields.get(m, "priceTao").map(n -> range(n, path + ".priceTao", 1e-9, 1_000))
                .orElse(Optional.of(Synthetic.DEFAULT_PRICE));
        Optional<Long> seed = Fields.get(m, "seed").map(n -> fields.integer(n, path + ".seed", 0, Long.MAX_VALUE))
                .orElse(Optional.of(runSeed));
        if (subnets.isEmpty() || reserve.isEmpty() || price.isEmpty() || seed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Synthetic(subnets.get().intValue(), reserve.get(), price.get(), seed.get()));
    }

    private Optional<Range> range(YNode node, String path, double min, double max) {
        Optional<YList> list = fields.list(node, path);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<YNode> items = list.get().items();
        if (items.size() != 2) {
            fields.error(node, path, "expected [min, max], got " + items.size() + " values", "[min, max]");
            return Optional.empty();
        }
        Optional<Double> lo = fields.number(items.get(0), path + "[0]", min, max);
        Optional<Double> hi = fields.number(items.get(1), path + "[1]", min, max);
        if (lo.isEmpty() || hi.isEmpty()) {
            return Optional.empty();
        }
        if (lo.get() > hi.get()) {
            fields.error(node, path, "min " + lo.get() + " is above max " + hi.get(), "[min, max] with min ≤ max");
            return Optional.empty();
        }
        return Optional.of(new Range(lo.get(), hi.get()));
    }

    private Optional<NeuronSpec> neurons(YNode node) {
        String path = "network.neurons";
        Optional<YMap> map = fields.map(node, path);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        fields.onlyKeys(map.get(), path, NEURON_KEYS);
        Optional<Long> v = Fields.get(map.get(), "validators").map(n -> fields.integer(n, path + ".validators", 1, MAX_VALIDATORS))
                .orElse(Optional.of((long) NeuronSpec.DEFAULT.validators()));
        Optional<Long> mi = Fields.get(map.get(), "miners").map(n -> fields.integer(n, path + ".miners", 1, MAX_MINERS))
                .orElse(Optional.of((long) NeuronSpec.DEFAULT.miners()));
        return v.isPresent() && mi.isPresent() ? Optional.of(new NeuronSpec(v.get().intValue(), mi.get().intValue())) : Optional.empty();
    }

    private Optional<QualitySpec> quality(YNode node) {
        String path = "network.quality";
        Optional<YMap> map = fields.map(node, path);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        fields.onlyKeys(map.get(), path, QUALITY_KEYS);
        Optional<Double> vol = Fields.get(map.get(), "volatility").map(n -> fields.number(n, path + ".volatility", 0, 1))
                .orElse(Optional.of(QualitySpec.DEFAULT.volatility()));
        Optional<Double> rev = Fields.get(map.get(), "meanReversion").map(n -> fields.number(n, path + ".meanReversion", 0, 1))
                .orElse(Optional.of(QualitySpec.DEFAULT.meanReversion()));
        return vol.isPresent() && rev.isPresent() ? Optional.of(new QualitySpec(vol.get(), rev.get())) : Optional.empty();
    }
}
