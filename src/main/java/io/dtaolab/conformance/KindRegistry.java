package io.dtaolab.conformance;

import io.dtaolab.conformance.kinds.BalancerLimitDeltaHandler;
import io.dtaolab.conformance.kinds.BalancerMulRoundHandler;
import io.dtaolab.conformance.kinds.BalancerPowHandler;
import io.dtaolab.conformance.kinds.ChainKinds;
import io.dtaolab.conformance.kinds.MaxAmountHandler;
import io.dtaolab.conformance.kinds.PoolPriceHandler;
import io.dtaolab.conformance.kinds.SwapHandler;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Vector kind → handler. Adding a kind is one {@link #register} line in {@link #standard()}. */
public final class KindRegistry {
    private final Map<String, KindHandler> handlers = new TreeMap<>();

    public static KindRegistry standard() {
        return new KindRegistry()
                .register("pool_price", new PoolPriceHandler())
                .register("swap", new SwapHandler())
                .register("max_amount_add", MaxAmountHandler.add())
                .register("max_amount_remove", MaxAmountHandler.remove())
                .register("balancer_limit_delta", new BalancerLimitDeltaHandler())
                .register("balancer_pow", new BalancerPowHandler())
                .register("balancer_mul_round", new BalancerMulRoundHandler())
                .register("block_emission", ChainKinds.blockEmission())
                .register("lock_cost", ChainKinds.lockCost())
                .register("ema_price_update", ChainKinds.emaPriceUpdate())
                .register("emission_shares", ChainKinds.emissionShares())
                .register("coinbase_block", ChainKinds.coinbaseBlock())
                .register("yuma_epoch", new YumaEpochKind())
                .register("dividend_split", new DividendSplitKind());
    }

    public KindRegistry register(String kind, KindHandler handler) {
        handlers.put(kind, handler);
        return this;
    }

    public Optional<KindHandler> find(String kind) {
        return Optional.ofNullable(handlers.get(kind));
    }

    public java.util.Set<String> kinds() {
        return java.util.Collections.unmodifiableSet(handlers.keySet());
    }
}
