package io.dtaolab.chain;

import io.dtaolab.chain.Mechanism.ChainBuyAlpha;
import io.dtaolab.chain.Mechanism.EmaArithmetic;
import io.dtaolab.chain.Mechanism.EpochSchedule;
import io.dtaolab.chain.Mechanism.FeeDestination;
import io.dtaolab.chain.Mechanism.InjectionCap;
import io.dtaolab.chain.Mechanism.LimitSemantics;
import io.dtaolab.chain.Mechanism.PoolModel;
import io.dtaolab.chain.Mechanism.RootDividends;
import io.dtaolab.chain.Mechanism.ShareRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named eras. Values and dates are from dtao-mechanics.md §0.1; each preset is named by the date
 * the chain adopted its emission rule. The v3 pool of 2025-07..2026-06 is modelled as the weighted pool
 * at weights ½ (with only the protocol's full-range position, v3 is CPMM on its reserves, §1.3.2).
 */
public final class Presets {
    public static final String LAUNCH = "launch-2025-02";
    public static final String V3 = "v3-2025-07";
    public static final String TAOFLOW = "taoflow-2025-11";
    public static final String NETFLOW = "netflow-2026-05";
    public static final String CURRENT = "current-2026-06";
    public static final String ROOT_VOTE = "root-vote";
    public static final String HOLDER_VOTE = "holder-vote";

    static final double U16 = 65_535.0;
    /** 11_796/65_535: default owner cut and validator take. */
    static final double EIGHTEEN_PCT = 11_796 / U16;
    /** FlowEmaSmoothingFactor 29_597_889_189_277 / i64::MAX (30-day half-life). */
    static final double FLOW_ALPHA = 29_597_889_189_277.0 / Long.MAX_VALUE;

    /** StakeThreshold on mainnet: a validator needs stake weight ≥ 1000 (docs.bittensor.com/validators). */
    static final long STAKE_THRESHOLD_RAO = 1_000L * Rao.PER_TAO;
    /** DurationOfStartCall until 2026-01-21 (`f74d69ed5`), 0 since. */
    static final long START_CALL_DELAY_BLOCKS = 50_400L;
    /*
     * Block numbers are estimated back from the snapshot (block 9,184,186 on 2026-09-30) at 7,200 per day:
     * NetworkRegistrationStartBlock, a week after the 2025-09-24 lock migration (≈ 2025-10-01), and
     * TaoInRefundDeploymentBlock, set when its migration ran (merged 2026-06-02).
     */
    static final long REGISTRATION_START_BLOCK = 9_184_186L - 364 * 7_200L;
    static final long TAO_IN_REFUND_BLOCK = 9_184_186L - 120 * 7_200L;
    static final long NEVER = Long.MAX_VALUE;
    /*
     * TotalIssuance when each era began (TAO), extrapolated at the emission of the day from the first halving at
     * 10.5M TAO (≈ 2025-12-14, §2.2): 1 TAO/block before it, 0.5 after. Each preset's block emission follows from it
     * by the chain's schedule, so launch, v3 and TaoFlow runs emit 1 TAO per block and the later eras 0.5.
     */
    static final double ISSUANCE_LAUNCH_TAO = 8_300_000;    // 2025-02-13, 304 days × 7,200 before the halving
    static final double ISSUANCE_V3_TAO = 9_500_000;        // 2025-07-29, 138 days before
    static final double ISSUANCE_TAOFLOW_TAO = 10_200_000;  // 2025-11-04, 41 days before
    static final double ISSUANCE_NETFLOW_TAO = 11_100_000;  // 2026-05-27, 164 days × 3,600 after
    static final double ISSUANCE_CURRENT_TAO = 11_500_000;  // the 2026-09-30 snapshot (era from 2026-06-22)

    private static final Map<String, Mechanism> PRESETS = build();

    private Presets() {
    }

    public static List<String> names() {
        return List.copyOf(PRESETS.keySet());
    }

    public static boolean exists(String name) {
        return PRESETS.containsKey(name);
    }

    public static Mechanism get(String name) {
        Mechanism m = PRESETS.get(name);
        if (m == null) {
            throw new IllegalArgumentException("unknown preset '" + name + "'; allowed: " + String.join(", ", names()));
        }
        return m;
    }

    private static Map<String, Mechanism> build() {
        Map<String, Mechanism> presets = new LinkedHashMap<>();
        Mechanism launch = new Mechanism(LAUNCH,
                PoolModel.CPMM, 0, 50_000L, FeeDestination.POOL, LimitSemantics.AVERAGE_PRICE, 10_000_000L, 500_000L, false,
                ShareRule.PRICE_EMA, 0.000003, 201_600L, true, false, EmaArithmetic.I96F32, FLOW_ALPHA, 0.0, 1.0, false,
                InjectionCap.LAUNCH, ChainBuyAlpha.RECYCLE, RootDividends.SELL_EVERY_BLOCK, EIGHTEEN_PCT, 0.18, EIGHTEEN_PCT,
                EpochSchedule.STAGGERED, 360, 32_767 / U16, 0.9, 1.0, false, false, 45_875 / U16, 58_982 / U16, 1000.0, 64,
                STAKE_THRESHOLD_RAO,
                4096, 1_296_000L, false, 1_000_000_000L, 100_800L, 7_200L, false, 0L, true, 0L, NEVER, false,
                ISSUANCE_LAUNCH_TAO, 0.5);
        presets.put(LAUNCH, launch);
        Mechanism v3 = launch.override(Map.ofEntries(
                Map.entry("poolModel", "balancer"), Map.entry("feeRateU16", 33), Map.entry("flatStakingFeeRao", 0),
                Map.entry("feeDestination", "liquidity-providers"), Map.entry("limitSemantics", "final-spot"),
                Map.entry("minimumReserveRao", 1_000_000), Map.entry("minStakeRao", 2_000_000),
                Map.entry("sameBlockRateLimit", true), Map.entry("emaYoungRamp", true), Map.entry("emaArithmetic", "u96f32"),
                Map.entry("injectionCap", "subsidy"), Map.entry("totalIssuanceTao", ISSUANCE_V3_TAO),
                Map.entry("startCallDelayBlocks", START_CALL_DELAY_BLOCKS)))
                .withName(V3);
        presets.put(V3, v3);
        Mechanism taoflow = launch.override(Map.ofEntries(
                Map.entry("poolModel", "balancer"), Map.entry("feeRateU16", 33), Map.entry("flatStakingFeeRao", 0),
                // still the v3 pool: fees went to the LP fee accounts until 2026-03-19, price-neutral
                Map.entry("feeDestination", "liquidity-providers"),
                Map.entry("limitSemantics", "final-spot"), Map.entry("minimumReserveRao", 1_000_000),
                Map.entry("minStakeRao", 2_000_000), Map.entry("sameBlockRateLimit", true),
                Map.entry("shareRule", "tao-flow"), Map.entry("emaYoungRamp", true), Map.entry("emaArithmetic", "u96f32"),
                Map.entry("totalIssuanceTao", ISSUANCE_TAOFLOW_TAO),
                Map.entry("injectionCap", "alpha-emission"), Map.entry("rootDividends", "claim"),
                Map.entry("subnetLimit", 128), Map.entry("networkImmunityBlocks", 864_000), Map.entry("pruning", true),
                Map.entry("lockReductionIntervalBlocks", 57_600), Map.entry("networkRateLimitBlocks", 28_800),
                Map.entry("startCallDelayBlocks", START_CALL_DELAY_BLOCKS),
                Map.entry("legacyRefundBeforeBlock", REGISTRATION_START_BLOCK)))
                .withName(TAOFLOW);
        presets.put(TAOFLOW, taoflow);
        Mechanism netflow = taoflow.override(Map.of(
                "feeDestination", "block-author", "shareRule", "net-flow", "injectionCap", "min-tao-emission",
                "lockStaysInPool", true, "respectEmissionEnabled", true, "startCallDelayBlocks", 0,
                "registrationIsInflow", true, "totalIssuanceTao", ISSUANCE_NETFLOW_TAO)).withName(NETFLOW);
        presets.put(NETFLOW, netflow);
        Mechanism current = netflow.override(Map.ofEntries(
                Map.entry("sameBlockRateLimit", false), Map.entry("shareRule", "price-burn"),
                Map.entry("injectionCap", "root-proportion"), Map.entry("chainBuyAlpha", "protocol"),
                Map.entry("epochSchedule", "last-epoch"), Map.entry("respectEmissionEnabled", true),
                Map.entry("yuma3", true), Map.entry("emissionOnAtRegistration", false),
                Map.entry("poolAlphaRefundAfterBlock", TAO_IN_REFUND_BLOCK), Map.entry("emaArithmetic", "u64f64"),
                Map.entry("totalIssuanceTao", ISSUANCE_CURRENT_TAO)))
                .withName(CURRENT);
        presets.put(CURRENT, current);
        presets.put(ROOT_VOTE, current.override(Map.of("shareRule", "root-vote", "respectEmissionEnabled", false))
                .withName(ROOT_VOTE));
        presets.put(HOLDER_VOTE, current.override(Map.of("shareRule", "holder-vote", "respectEmissionEnabled", false))
                .withName(HOLDER_VOTE));
        return java.util.Collections.unmodifiableMap(presets);
    }
}
