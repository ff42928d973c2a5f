package io.dtaolab.chain;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One era of the chain's rules as data: a preset is a named instance, and a strategy file may override
 * single parameters by name ({@link #override}). Ratios are plain fractions here; the chain stores them
 * as u16/u64 fixed point (see dtao-mechanics.md §0) and presets convert when they are built.
 */
public record Mechanism(
        String name,
        // pool
        PoolModel poolModel,
        int feeRateU16,
        long flatStakingFeeRao,
        FeeDestination feeDestination,
        LimitSemantics limitSemantics,
        long minimumReserveRao,
        long minStakeRao,
        boolean sameBlockRateLimit,
        // emission share
        ShareRule shareRule,
        double movingAlpha,
        long emaHalvingBlocks,
        boolean emaSpotCap,
        boolean emaYoungRamp,
        EmaArithmetic emaArithmetic,
        double flowAlpha,
        double flowCutoff,
        double flowExponent,
        boolean respectEmissionEnabled,
        // injection
        InjectionCap injectionCap,
        ChainBuyAlpha chainBuyAlpha,
        RootDividends rootDividends,
        double ownerCut,
        double taoWeight,
        double validatorTake,
        // epochs
        EpochSchedule epochSchedule,
        int tempo,
        double kappa,
        double bondsMovingAverage,
        double bondsPenalty,
        boolean yuma3,
        boolean liquidAlpha,
        double alphaLow,
        double alphaHigh,
        double liquidAlphaSteepness,
        int maxAllowedValidators,
        long stakeThresholdRao,
        // lifecycle
        int subnetLimit,
        long networkImmunityBlocks,
        boolean pruning,
        long minLockRao,
        long lockReductionIntervalBlocks,
        long networkRateLimitBlocks,
        boolean lockStaysInPool,
        long startCallDelayBlocks,
        boolean emissionOnAtRegistration,
        long legacyRefundBeforeBlock,
        long poolAlphaRefundAfterBlock,
        boolean registrationIsInflow,
        // issuance
        double totalIssuanceTao,
        // pre-dTAO allocation
        double rootVoteKappa) {

    public enum PoolModel { CPMM, BALANCER }

    /**
     * Where swap fees go: kept in the pool's TAO reserve (launch), held in the swap pallet's fee accounts for the
     * liquidity providers without moving the price (v3 pool, 2025-06-30 … 2026-03-19), or paid to the block author.
     */
    public enum FeeDestination { POOL, LIQUIDITY_PROVIDERS, BLOCK_AUTHOR }

    /** What a limit price bounds: the average execution price (CPMM era) or the final spot price (swap pallet era). */
    public enum LimitSemantics { AVERAGE_PRICE, FINAL_SPOT }

    public enum ShareRule { PRICE_EMA, TAO_FLOW, NET_FLOW, PRICE_BURN_ROOT_PROP, PRICE_BURN, ROOT_VOTE, HOLDER_VOTE }

    /**
     * LAUNCH: alpha_in = min(T/p, alpha_emission), TAO not reduced. SUBSIDY (2025-07-29): when p < T/E, tao_in = p·E,
     * alpha_in = E and T − tao_in is swapped for alpha before the injection. ALPHA_EMISSION, MIN_TAO_EMISSION and
     * ROOT_PROPORTION cap alpha_in and chain-buy the excess TAO (2025-11-06, 2025-12-12, 2026-06-22).
     */
    public enum InjectionCap { LAUNCH, SUBSIDY, ALPHA_EMISSION, MIN_TAO_EMISSION, ROOT_PROPORTION }

    /**
     * Fixed-point type of the price-EMA update (dtao-mechanics.md §2.4); SubnetMovingPrice is stored as I96F32 after
     * every block in all of them. I96F32 (launch) and U96F32 (2025-07 … 2026-06) truncate each product to 32
     * fractional bits; U64F64 (HEAD) to 64.
     */
    public enum EmaArithmetic { I96F32, U96F32, U64F64 }

    /** What happens to alpha bought by the chain with excess TAO. */
    public enum ChainBuyAlpha { RECYCLE, PROTOCOL }

    /** SELL_EVERY_BLOCK: launch; root alpha sold each block, TAO paid at epoch. CLAIM: kept as claimable alpha, recycled when Σ EMA ≤ 1. */
    public enum RootDividends { SELL_EVERY_BLOCK, CLAIM }

    /** STAGGERED: (block + netuid + 1) % (tempo + 1) == 0. LAST_EPOCH: block − last ≥ tempo, ≤ 2 epochs per block. */
    public enum EpochSchedule { STAGGERED, LAST_EPOCH }

    /** Names of every overridable parameter, in declaration order. */
    public static List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : Mechanism.class.getRecordComponents()) {
            if (!c.getName().equals("name")) {
                names.add(c.getName());
            }
        }
        return names;
    }

    /** The Java type a parameter takes (for validation messages and schema generation). */
    public static Class<?> parameterType(String parameter) {
        for (RecordComponent c : Mechanism.class.getRecordComponents()) {
            if (c.getName().equals(parameter)) {
                return c.getType();
            }
        }
        return null;
    }

    /** Current values by parameter name. */
    public Map<String, Object> parameters() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : Mechanism.class.getRecordComponents()) {
            try {
                values.put(c.getName(), c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    /**
     * A copy with the given parameters replaced. Values may be numbers, booleans or enum names (any case,
     * '-' or '_'). Throws IllegalArgumentException naming the parameter and what is allowed.
     */
    public Mechanism override(Map<String, ?> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return this;
        }
        Map<String, Object> values = parameters();
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            Class<?> type = parameterType(e.getKey());
            if (type == null || e.getKey().equals("name")) {
                throw new IllegalArgumentException("unknown mechanism parameter '" + e.getKey() + "'; allowed: "
                        + String.join(", ", parameterNames()));
            }
            values.put(e.getKey(), coerce(e.getKey(), type, e.getValue()));
        }
        Mechanism m = rebuild(values);
        m.validate();
        return m;
    }

    /** Describes what a parameter accepts, for error messages. */
    public static String allowedValues(String parameter) {
        Class<?> type = parameterType(parameter);
        if (type == null) {
            return "one of: " + String.join(", ", parameterNames());
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                names.add(((Enum<?>) c).name().toLowerCase().replace('_', '-'));
            }
            return "one of: " + String.join(", ", names);
        }
        if (type == boolean.class) {
            return "true or false";
        }
        if (type == double.class) {
            return "a number";
        }
        return "an integer";
    }

    private static Object coerce(String key, Class<?> type, Object value) {
        String problem = "parameter '" + key + "' must be " + allowedValues(key) + ", got '" + value + "'";
        if (type == boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
            throw new IllegalArgumentException(problem);
        }
        if (type == double.class) {
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            throw new IllegalArgumentException(problem);
        }
        if (type == long.class || type == int.class) {
            if (value instanceof Number n && (n.doubleValue() == Math.rint(n.doubleValue()))) {
                if (type == int.class) {
                    if (n.longValue() > Integer.MAX_VALUE || n.longValue() < Integer.MIN_VALUE) {
                        throw new IllegalArgumentException(problem);
                    }
                    return n.intValue();
                }
                return n.longValue();
            }
            throw new IllegalArgumentException(problem);
        }
        if (type.isEnum() && value instanceof String s) {
            String wanted = s.trim().replace('-', '_').toUpperCase();
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(wanted)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException(problem);
    }

    /** Range checks a reviewer would expect; throws IllegalArgumentException naming the parameter. */
    public void validate() {
        requireRange("feeRateU16", feeRateU16, 0, 10_000);
        requireRange("ownerCut", ownerCut, 0, 1);
        requireRange("taoWeight", taoWeight, 0, 1);
        requireRange("validatorTake", validatorTake, 0, 1);
        requireRange("kappa", kappa, 0, 1);
        requireRange("bondsMovingAverage", bondsMovingAverage, 0, 1);
        requireRange("bondsPenalty", bondsPenalty, 0, 1);
        requireRange("movingAlpha", movingAlpha, 0, 1);
        requireRange("flowAlpha", flowAlpha, 0, 1);
        requireRange("alphaLow", alphaLow, 0, 1);
        requireRange("alphaHigh", alphaHigh, 0, 1);
        requireRange("rootVoteKappa", rootVoteKappa, 0, 1);
        requireRange("totalIssuanceTao", totalIssuanceTao, 0, 21_000_000);
        requireRange("tempo", tempo, 1, 50_400);
        requireRange("maxAllowedValidators", maxAllowedValidators, 1, 4096);
        requireRange("subnetLimit", subnetLimit, 1, 4096);
        requireRange("flowExponent", flowExponent, 0.01, 10);
        requireNonNegative("flatStakingFeeRao", flatStakingFeeRao);
        requireNonNegative("minimumReserveRao", minimumReserveRao);
        requireNonNegative("minStakeRao", minStakeRao);
        requireNonNegative("emaHalvingBlocks", emaHalvingBlocks);
        requireNonNegative("networkImmunityBlocks", networkImmunityBlocks);
        requireNonNegative("minLockRao", minLockRao);
        requireRange("lockReductionIntervalBlocks", lockReductionIntervalBlocks, 1, Long.MAX_VALUE);
        requireNonNegative("networkRateLimitBlocks", networkRateLimitBlocks);
        requireNonNegative("stakeThresholdRao", stakeThresholdRao);
        requireNonNegative("startCallDelayBlocks", startCallDelayBlocks);
        requireNonNegative("legacyRefundBeforeBlock", legacyRefundBeforeBlock);
        requireNonNegative("poolAlphaRefundAfterBlock", poolAlphaRefundAfterBlock);
    }

    private static void requireRange(String key, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException("parameter '" + key + "' must be between " + lo + " and " + hi + ", got " + v);
        }
    }

    private static void requireNonNegative(String key, long v) {
        if (v < 0) {
            throw new IllegalArgumentException("parameter '" + key + "' must be ≥ 0, got " + v);
        }
    }

    public Mechanism withName(String newName) {
        Map<String, Object> values = parameters();
        values.put("name", newName);
        return rebuild(values);
    }

    private static Mechanism rebuild(Map<String, Object> values) {
        RecordComponent[] components = Mechanism.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = values.get(components[i].getName());
            types[i] = components[i].getType();
        }
        try {
            return Mechanism.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException ex) {
            Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
            throw new IllegalArgumentException(cause.getMessage(), cause);
        }
    }
}
