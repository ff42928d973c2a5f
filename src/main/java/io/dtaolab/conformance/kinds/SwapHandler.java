package io.dtaolab.conformance.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.chain.pool.BalancerSwap;
import io.dtaolab.chain.pool.CpmmSwap;
import io.dtaolab.chain.pool.Precision;
import io.dtaolab.chain.pool.Side;
import io.dtaolab.chain.pool.SwapResult;
import io.dtaolab.chain.pool.U64F64;
import io.dtaolab.conformance.KindHandler;
import java.math.BigInteger;

/** {@code swap}: one exact-in swap on a Balancer (EXACT precision) or launch-era CPMM pool. */
public final class SwapHandler implements KindHandler {
    @Override
    public ObjectNode run(JsonNode given, String era) {
        JsonNode pool = Given.required(given, "pool");
        Side side = Given.side(given);
        long amount = Given.u64(given, "amount_in_rao");
        ObjectNode out = Given.object();
        SwapResult r;
        switch (Given.model(pool)) {
            case "balancer" -> {
                long limit = Given.u64(given, "limit_price_rao_per_alpha",
                        side == Side.BUY ? BalancerSwap.DEFAULT_BUY_LIMIT : BalancerSwap.DEFAULT_SELL_LIMIT);
                boolean dropFees = given.path("drop_fees").asBoolean(false);
                r = BalancerSwap.swap(Given.balancerPool(pool), side, amount, limit, dropFees, Precision.EXACT);
            }
            case "cpmm" -> {
                r = CpmmSwap.swap(Given.cpmmPool(pool), side, amount);
                if (pool.has("alpha_out_rao")) {
                    BigInteger alphaOut = U64F64.unsigned(Given.u64(pool, "alpha_out_rao"));
                    BigInteger delta = U64F64.unsigned(side == Side.BUY ? r.amountOut() : r.amountInNet());
                    out.put("alpha_out_after_rao", side == Side.BUY ? alphaOut.add(delta) : alphaOut.subtract(delta));
                }
                BigInteger stakeDelta = U64F64.unsigned(side == Side.BUY ? amount : r.amountOut());
                out.put("total_stake_delta_rao", side == Side.BUY ? stakeDelta : stakeDelta.negate());
            }
            default -> throw new IllegalArgumentException("unknown pool model " + Given.model(pool));
        }
        out.set("amount_out_rao", Given.u64Node(r.amountOut()));
        out.set("fee_rao", Given.u64Node(r.fee()));
        out.set("amount_in_net_rao", Given.u64Node(r.amountInNet()));
        out.set("refund_rao", Given.u64Node(r.refund()));
        out.set("tao_reserve_after_rao", Given.u64Node(r.taoReserveAfter()));
        out.set("alpha_reserve_after_rao", Given.u64Node(r.alphaReserveAfter()));
        return out;
    }
}
