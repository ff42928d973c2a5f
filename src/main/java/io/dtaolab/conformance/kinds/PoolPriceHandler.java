package io.dtaolab.conformance.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.chain.pool.BalancerMath;
import io.dtaolab.chain.pool.U64F64;
import io.dtaolab.conformance.KindHandler;
import java.math.BigInteger;

/** {@code pool_price}: spot price of a Balancer pool, and its weight when the pool is initialised here. */
public final class PoolPriceHandler implements KindHandler {
    @Override
    public ObjectNode run(JsonNode given, String era) {
        JsonNode pool = Given.required(given, "pool");
        long y = Given.u64(pool, "tao_reserve_rao");
        long x = Given.u64(pool, "alpha_reserve_rao");
        long weight;
        if (pool.has("quote_weight_perquintill")) {
            weight = Given.u64(pool, "quote_weight_perquintill");
        } else {
            BigInteger initPrice = given.has("init_price_tao_per_alpha")
                    ? U64F64.fromDouble(given.get("init_price_tao_per_alpha").asDouble()) : null;
            weight = BalancerMath.initialQuoteWeight(y, x, initPrice);
            if (weight < 0) {
                throw new IllegalArgumentException("the chain refuses to initialise this pool (ReservesOutOfBalance)");
            }
        }
        BigInteger price = x == 0 ? BigInteger.ZERO : BalancerMath.price(x, y, weight);
        ObjectNode out = Given.object();
        out.put("price_tao_per_alpha", U64F64.toDouble(price));
        out.put("quote_weight_perquintill", weight);
        out.put("quote_weight", weight / (double) BalancerMath.ONE);
        return out;
    }
}
