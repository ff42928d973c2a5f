package io.dtaolab.conformance.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.chain.pool.BalancerMath;
import io.dtaolab.conformance.KindHandler;

/** {@code balancer_mul_round}: mul_perquintill_round, round half up. */
public final class BalancerMulRoundHandler implements KindHandler {
    @Override
    public ObjectNode run(JsonNode given, String era) {
        ObjectNode out = Given.object();
        out.put("result", BalancerMath.mulPerquintillRound(Given.u64(given, "p_perquintill"),
                Given.required(given, "value").bigIntegerValue()));
        return out;
    }
}
