package io.dtaolab.scenario;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The world a run starts from: where subnets come from, root stake, neurons per subnet, hidden quality. */
public record NetworkSpec(Source source, long rootStakeRao, NeuronSpec neurons, QualitySpec quality) {

    public static final double DEFAULT_ROOT_STAKE_TAO = 6_000_000;

    /** Netuids that exist at the start of the run, ascending. */
    public Set<Integer> netuids() {
        return source.netuids();
    }

    public sealed interface Source {
        Set<Integer> netuids();
    }

    /** Subnets seeded from a mainnet snapshot file. {@code path} is as written, relative to strategies/. */
    public record Snapshot(String path, List<SubnetSnapshot> subnets) implements Source {
        public Snapshot {
            subnets = List.copyOf(subnets);
        }

        @Override
        public Set<Integer> netuids() {
            Set<Integer> ids = new TreeSet<>();
            subnets.forEach(s -> ids.add(s.netuid()));
            return ids;
        }
    }

    /** Subnets 1..subnets drawn from log-uniform ranges with their own seed. */
    public record Synthetic(int subnets, Range taoReserveTao, Range priceTao, long seed) implements Source {
        public static final int MAX_SUBNETS = 256;
        public static final Range DEFAULT_TAO_RESERVE = new Range(1_000, 200_000);
        public static final Range DEFAULT_PRICE = new Range(0.001, 0.1);

        @Override
        public Set<Integer> netuids() {
            Set<Integer> ids = new TreeSet<>();
            for (int i = 1; i <= subnets; i++) {
                ids.add(i);
            }
            return ids;
        }
    }

    public record Range(double min, double max) {
    }

    public record NeuronSpec(int validators, int miners) {
        public static final NeuronSpec DEFAULT = new NeuronSpec(8, 16);
    }

    /** Hidden quality process: per-block volatility and pull back toward the subnet's long-run mean. */
    public record QualitySpec(double volatility, double meanReversion) {
        public static final QualitySpec DEFAULT = new QualitySpec(0.02, 0.001);
    }
}
