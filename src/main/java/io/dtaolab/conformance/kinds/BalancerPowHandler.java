package io.dtaolab.conformance.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.chain.pool.BalancerMath;
import io.dtaolab.chain.pool.PowRatio;
import io.dtaolab.chain.pool.U64F64;
import io.dtaolab.conformance.KindHandler;
import java.math.BigInteger;

/** {@code balancer_pow}: pow_ratio_scaled, exp_scaled and base_needed_for_quote. */
public final class BalancerPowHandler implements KindHandler {
    /** The chain's unit test calls pow_ratio_scaled with precision 4096. */
    private static final int TEST_PRECISION = 4096;

    @Override
    public ObjectNode run(JsonNode given, String era) {
        String fn = Given.required(given, "fn").asText();
        ObjectNode out = Given.object();
        switch (fn) {
            case "pow_ratio_scaled" -> {
                BigInteger r = PowRatio.scaled(big(given, "base_num"), big(given, "base_den"), big(given, "exp_num"),
                        big(given, "exp_den"), given.path("precision").asInt(TEST_PRECISION), big(given, "scale"));
                if (r == null) {
                    throw new IllegalArgumentException("pow_ratio_scaled is undefined for these inputs");
                }
                out.put("result_scaled", r);
            }
            case "exp_scaled" -> {
                BigInteger e = BalancerMath.expScaled(Given.u64(given, "quote_weight_perquintill"),
                        Given.u64(given, "reserve_rao"), big(given, "delta_rao"),
                        Given.required(given, "base_quote").asBoolean());
                out.put("result", U64F64.toDouble(e));
            }
            case "base_needed_for_quote" -> out.set("alpha_needed_rao", Given.u64Node(BalancerMath.baseNeededForQuote(
                    Given.u64(given, "quote_weight_perquintill"), Given.u64(given, "tao_reserve_rao"),
                    Given.u64(given, "alpha_reserve_rao"), Given.u64(given, "tao_delta_rao"))));
            default -> throw new IllegalArgumentException("unknown balancer_pow fn '" + fn + "'");
        }
        return out;
    }

    private static BigInteger big(JsonNode given, String field) {
        return Given.required(given, field).bigIntegerValue();
    }
}
