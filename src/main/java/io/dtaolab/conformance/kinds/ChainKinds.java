package io.dtaolab.conformance.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.chain.BlockEmission;
import io.dtaolab.chain.EmissionShares;
import io.dtaolab.chain.LockCost;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.MovingPrice;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Presets;
import io.dtaolab.chain.SubnetSeed;
import io.dtaolab.conformance.KindHandler;
import java.util.Map;

/** Handlers for the coinbase-side kinds: block_emission, lock_cost, ema_price_update, emission_shares, coinbase_block. */
public final class ChainKinds {
    private static final double U64_MAX = 18_446_744_073_709_551_615.0;

    private ChainKinds() {
    }

    public static KindHandler blockEmission() {
        return (given, era) -> {
            ObjectNode out = Given.object();
            out.put("block_emission_rao", BlockEmission.forIssuance(Given.u64(given, "issuance_rao")));
            return out;
        };
    }

    public static KindHandler lockCost() {
        return (given, era) -> {
            ObjectNode out = Given.object();
            out.put("lock_cost_rao", LockCost.cost(Given.u64(given, "last_lock_rao"), Given.u64(given, "min_lock_rao"),
                    Given.u64(given, "lock_reduction_interval_blocks"), Given.u64(given, "block_emission_rao"),
                    Given.u64(given, "blocks_since_last_lock"), given.path("ever_registered").asBoolean(true)));
            return out;
        };
    }

    /** Repeated updates at the era's fixed-point precision, the EMA stored as I96F32 after each (§2.4). */
    public static KindHandler emaPriceUpdate() {
        return (given, era) -> {
            long b = given.has("blocks_since_start_call") ? given.get("blocks_since_start_call").asLong()
                    : Given.u64(given, "current_block") - (Given.u64(given, "first_emission_block") - 1);
            Mechanism m = Presets.get(era);
            long maBits = MovingPrice.movingAlphaBits(Given.required(given, "moving_alpha").asDouble());
            long alpha = MovingPrice.alpha(m.emaArithmetic(), maBits, Given.u64(given, "halving_blocks"), b,
                    m.emaYoungRamp());
            long ema = MovingPrice.toBits(given.path("initial_ema").asDouble(0));
            double spot = Given.required(given, "spot_price_tao_per_alpha").asDouble();
            long steps = given.path("steps").asLong(1);
            for (long i = 0; i < steps; i++) {
                ema = MovingPrice.next(m.emaArithmetic(), ema, spot, alpha, m.emaSpotCap());
            }
            ObjectNode out = Given.object();
            out.put("ema", MovingPrice.fromBits(ema));
            return out;
        };
    }

    public static KindHandler emissionShares() {
        return (given, era) -> {
            String rule = Given.required(given, "rule").asText();
            JsonNode subnets = Given.required(given, "subnets");
            JsonNode params = given.path("params");
            int k = subnets.size();
            Mechanism m = switch (rule) {
                case "price_ema" -> Presets.get(Presets.LAUNCH);
                case "price_burn" -> Presets.get(Presets.CURRENT);
                case "taoflow" -> withFlowParams(Presets.get(Presets.TAOFLOW), params);
                // the net-flow era already applied SubnetEmissionEnabled in get_subnet_block_emissions
                case "net_flow" -> withFlowParams(Presets.get(Presets.NETFLOW), params)
                        .override(Map.of("respectEmissionEnabled", true));
                default -> throw new IllegalArgumentException("unknown share rule '" + rule + "'; allowed: "
                        + "price_ema, price_burn, taoflow, net_flow");
            };
            boolean[] eligible = new boolean[k];
            double[] ema = new double[k];
            double[] burned = new double[k];
            boolean[] enabled = new boolean[k];
            double[] flow = new double[k];
            double[] protocolFlow = new double[k];
            for (int i = 0; i < k; i++) {
                JsonNode sn = subnets.get(i);
                eligible[i] = true;
                ema[i] = sn.path("ema_price").asDouble(0);
                burned[i] = sn.path("miner_burned").asDouble(0);
                enabled[i] = sn.path("emission_enabled").asBoolean(true);
                flow[i] = sn.path("ema_tao_flow_rao_per_block").asDouble(0);
                protocolFlow[i] = sn.path("ema_protocol_flow_rao_per_block").asDouble(0);
            }
            double[] shares = new double[k];
            EmissionShares.compute(m, k, new EmissionShares.Inputs(eligible, ema, burned, enabled, flow, protocolFlow,
                    new double[k], new double[k]), shares);
            ObjectNode out = Given.object();
            ArrayNode arr = out.putArray("shares");
            double sum = 0;
            for (double sh : shares) {
                arr.add(sh);
                sum += sh;
            }
            out.put("shares_sum", sum);
            return out;
        };
    }

    /** The flow rule's parameters of a vector ({@code params}), as mechanism overrides. */
    private static Mechanism withFlowParams(Mechanism m, JsonNode params) {
        if (params.isMissingNode() || params.isNull()) {
            return m;
        }
        Map<String, Object> o = new java.util.HashMap<>();
        o.put("flowCutoff", params.path("tao_flow_cutoff_rao_per_block").asDouble(m.flowCutoff()));
        o.put("flowExponent", params.path("flow_norm_exponent").asDouble(m.flowExponent()));
        if (params.has("net_tao_flow_enabled")) {
            o.put("shareRule", params.get("net_tao_flow_enabled").asBoolean() ? "net-flow" : "tao-flow");
        }
        return m.override(o);
    }

    public static KindHandler coinbaseBlock() {
        return (given, era) -> {
            JsonNode root = given.path("root");
            double tw = root.path("tao_weight_u64").asDouble(0) / U64_MAX;
            Mechanism m = withFlowParams(Presets.get(era), given.path("params")).override(Map.of(
                    "taoWeight", Math.min(1.0, tw), "ownerCut", given.path("owner_cut_u16").asDouble(0) / 65_535.0));
            JsonNode subnets = Given.required(given, "subnets");
            int cap = 2;
            for (JsonNode sn : subnets) {
                cap = Math.max(cap, sn.get("netuid").asInt() + 1);
            }
            Network net = new Network(m, cap, Long.MAX_VALUE / 2);
            long rootTao = Given.u64(root, "tao_reserve_rao", 0);
            if (rootTao > 0) {
                int holder = net.createColdkey("root-holder", 0);
                net.genesisStake(holder, net.createHotkey("root-validator", holder), 0, rootTao);
            }
            long[] taoBefore = new long[cap];
            for (JsonNode sn : subnets) {
                int n = sn.get("netuid").asInt();
                boolean stable = sn.path("mechanism").asInt(1) == 0;
                net.genesisSubnet(new SubnetSeed(n, stable, Given.u64(sn, "tao_reserve_rao"), Given.u64(sn, "alpha_reserve_rao"),
                        Given.u64(sn, "alpha_out_rao", 0), 0, sn.path("ema_price").asDouble(0),
                        sn.path("miner_burned").asDouble(0), 0, 1, sn.path("emission_enabled").asBoolean(true), -1, -1, 0));
                taoBefore[n] = net.taoReserve(n);
                if (sn.has("ema_tao_flow_rao_per_block") || sn.has("ema_protocol_flow_rao_per_block")) {
                    // the values get_shares_flow sees this block; no block flow is pending
                    net.setFlowEmasSeenNextBlock(n, sn.path("ema_tao_flow_rao_per_block").asDouble(0),
                            sn.path("ema_protocol_flow_rao_per_block").asDouble(0));
                }
                net.setRegistrationAllowed(n, sn.path("registration_allowed").asBoolean(true));
            }
            long issuanceBefore = net.ledger().issuance();
            net.beginBlockWithEmission(Given.u64(given, "block_emission_rao"));
            ObjectNode out = Given.object();
            ArrayNode arr = out.putArray("subnets");
            long stakeDelta = 0;
            for (JsonNode sn : subnets) {
                int n = sn.get("netuid").asInt();
                ObjectNode o = arr.addObject();
                o.put("netuid", n);
                o.put("tao_reserve_after_rao", net.taoReserve(n));
                o.put("alpha_reserve_after_rao", net.alphaReserve(n));
                o.put("alpha_out_after_rao", net.alphaOutstanding(n));
                stakeDelta += net.taoReserve(n) - taoBefore[n];
            }
            out.put("total_issuance_delta_rao", net.ledger().issuance() - issuanceBefore);
            out.put("total_stake_delta_rao", stakeDelta);
            return out;
        };
    }
}
