package io.dtaolab.conformance.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.chain.pool.BalancerMath;
import io.dtaolab.chain.pool.Side;
import io.dtaolab.chain.pool.U64F64;
import io.dtaolab.conformance.KindHandler;
import java.math.BigInteger;

/** {@code balancer_limit_delta}: input that moves the price from current to target (prices as f64 → U64F64). */
public final class BalancerLimitDeltaHandler implements KindHandler {
    @Override
    public ObjectNode run(JsonNode given, String era) {
        long weight = Given.u64(given, "quote_weight_perquintill");
        BigInteger current = U64F64.fromDouble(Given.required(given, "current_price_tao_per_alpha").asDouble());
        BigInteger target = U64F64.fromDouble(Given.required(given, "target_price_tao_per_alpha").asDouble());
        long reserve = Given.u64(given, "reserve_rao");
        long delta = Given.side(given) == Side.BUY
                ? BalancerMath.quoteDeltaIn(weight, current, target, reserve)
                : BalancerMath.baseDeltaIn(weight, current, target, reserve);
        ObjectNode out = Given.object();
        out.set("delta_in_rao", Given.u64Node(delta));
        return out;
    }
}
