package io.dtaolab.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.chain.epoch.YumaEpoch;
import io.dtaolab.chain.epoch.YumaInputs;
import io.dtaolab.chain.epoch.YumaParams;
import io.dtaolab.chain.epoch.YumaState;

/** Kind {@code yuma_epoch} (FORMAT.md §4): a sequence of epochs on one subnet, bonds starting at zero. */
public final class YumaEpochKind implements KindHandler {
    private static final double U16 = 65_535.0;
    /** Chain defaults (45_875, 58_982, 1000) used when the vector leaves liquid alpha off. */
    private static final int DEFAULT_ALPHA_LOW_U16 = 45_875;
    private static final int DEFAULT_ALPHA_HIGH_U16 = 58_982;
    private static final double DEFAULT_STEEPNESS = 1000.0;
    private static final long TEMPO = 360;

    @Override
    public ObjectNode run(JsonNode given, String era) {
        int n = given.path("n").asInt();
        int[] validators = ints(given.path("validator_uids"));
        int[] servers = ints(given.path("server_uids"));
        String initial = given.path("initial_bonds").asText("zero");
        if (!initial.equals("zero")) {
            throw new IllegalArgumentException("initial_bonds '" + initial + "' not supported; only \"zero\"");
        }
        YumaParams params = params(given);
        YumaInputs in = new YumaInputs(n);
        JsonNode stakes = given.path("stake_alpha_rao");
        for (int i = 0; i < n; i++) {
            in.setStake(i, Long.parseUnsignedLong(stakes.get(i).asText()), 0L);
        }
        YumaState state = new YumaState(n);
        boolean[] permits = new boolean[n];
        for (int v : validators) {
            permits[v] = true;
        }
        state.seedPermits(permits);

        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode dividends = f.arrayNode();
        ArrayNode bonds = f.arrayNode();
        int[] row = new int[n];
        long block = 0;
        for (JsonNode epoch : given.path("epochs")) {
            block += TEMPO;
            JsonNode w = epoch.path("weights_u16");
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    row[j] = w.get(i).get(j).asInt();
                }
                in.setWeightsU16(i, row);
                in.setWeightSetBlock(i, block - 1);
            }
            YumaEpoch.run(params, in, state, block);
            ArrayNode d = dividends.addArray();
            for (int i = 0; i < n; i++) {
                d.add(state.dividend(i));
            }
            ArrayNode b = bonds.addArray();
            for (int v : validators) {
                ArrayNode r = b.addArray();
                for (int sv : servers) {
                    r.add(state.bond(v, sv));
                }
            }
        }
        ObjectNode out = f.objectNode();
        out.set("dividends_per_epoch", dividends);
        out.set("bonds_per_epoch", bonds);
        return out;
    }

    private static YumaParams params(JsonNode g) {
        String version = g.path("yuma_version").asText("yuma3");
        boolean yuma3 = switch (version) {
            case "yuma3" -> true;
            case "yuma", "yuma2", "original" -> false;
            default -> throw new IllegalArgumentException("unknown yuma_version '" + version + "'");
        };
        JsonNode la = g.path("liquid_alpha");
        boolean liquid = la.path("enabled").asBoolean(false);
        return new YumaParams(
                g.path("kappa_u16").asInt() / U16,
                g.path("bonds_moving_average_ppm").asLong() / 1e6,
                g.path("bonds_penalty_u16").asInt() / U16,
                yuma3,
                liquid,
                la.path("alpha_low_u16").asInt(DEFAULT_ALPHA_LOW_U16) / U16,
                la.path("alpha_high_u16").asInt(DEFAULT_ALPHA_HIGH_U16) / U16,
                la.path("sigmoid_steepness").asDouble(DEFAULT_STEEPNESS),
                g.path("max_allowed_validators").asInt(),
                g.path("tao_weight").asDouble(0.0),
                g.path("stake_threshold_rao").asLong(0L));
    }

    private static int[] ints(JsonNode arr) {
        int[] out = new int[arr.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = arr.get(k).asInt();
        }
        return out;
    }
}
