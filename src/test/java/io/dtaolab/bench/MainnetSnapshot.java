package io.dtaolab.bench;

import io.dtaolab.chain.GenesisBuilder;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Rao;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tiny reader of {@code mainnet-2026-09-30.csv} for the benchmark only (the real snapshot loader lives elsewhere):
 * tao reserve = tao_in_pool_est, alpha reserve = alpha_in_pool, staked = alpha_out, burned = alpha_burned,
 * ema = min(price_tao_avg30, 1), miner burn = miner_burn_now (blank → 0).
 */
final class MainnetSnapshot {
    static final String DEFAULT_PATH = "strategies/networks/mainnet-2026-09-30.csv";
    static final long START_BLOCK = 9_184_186L;
    static final long ROOT_STAKE_RAO = 6_000_000L * Rao.PER_TAO;
    static final long ISSUANCE_RAO = 10_900_000L * Rao.PER_TAO;

    private MainnetSnapshot() {
    }

    static Network build(Mechanism mechanism, String csvPath) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(csvPath), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            col.put(header[i].trim(), i);
        }
        int maxNetuid = 0;
        GenesisBuilder b = null;
        java.util.List<GenesisBuilder.SubnetPlan> plans = new java.util.ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != header.length) {
                throw new IOException("expected " + header.length + " columns: " + line);
            }
            int netuid = Integer.parseInt(f[col.get("netuid")]);
            maxNetuid = Math.max(maxNetuid, netuid);
            long tao = rao(f[col.get("tao_in_pool_est")]);
            long alphaIn = rao(f[col.get("alpha_in_pool")]);
            long staked = rao(f[col.get("alpha_out")]);
            long burned = rao(f[col.get("alpha_burned")]);
            double ema = Math.min(Double.parseDouble(f[col.get("price_tao_avg30")]), 1.0);
            String burn = f[col.get("miner_burn_now")];
            double minerBurned = burn.isBlank() ? 0 : Double.parseDouble(burn);
            long registered = Long.parseLong(f[col.get("registered_block")]);
            plans.add(new GenesisBuilder.SubnetPlan(netuid, tao, alphaIn, staked, burned, ema, minerBurned, registered, null, true));
        }
        b = new GenesisBuilder(mechanism, maxNetuid + 1, ISSUANCE_RAO).rootStake(ROOT_STAKE_RAO).startBlock(START_BLOCK);
        int holders = Integer.getInteger("loop.rootHolders", 1); // other counts: check a change against more claims
        if (holders > 1) {
            // -Dloop.keepShare: the share of them that Keep (the engine's mainnet network: 16 per validator, none Keep)
            b.rootHolders(holders, Double.parseDouble(System.getProperty("loop.keepShare", "0.25")));
        }
        for (GenesisBuilder.SubnetPlan p : plans) {
            b.subnet(p);
        }
        return b.build();
    }

    private static long rao(String units) {
        return new java.math.BigDecimal(units.trim()).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
    }
}
