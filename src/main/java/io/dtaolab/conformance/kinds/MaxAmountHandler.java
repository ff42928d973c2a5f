package io.dtaolab.conformance.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.chain.pool.LimitSizing;
import io.dtaolab.chain.pool.Precision;
import io.dtaolab.conformance.KindHandler;

/** {@code max_amount_add} / {@code max_amount_remove}: limit-order sizing for both pool models. */
public final class MaxAmountHandler implements KindHandler {
    private final boolean add;

    private MaxAmountHandler(boolean add) {
        this.add = add;
    }

    public static MaxAmountHandler add() {
        return new MaxAmountHandler(true);
    }

    public static MaxAmountHandler remove() {
        return new MaxAmountHandler(false);
    }

    @Override
    public ObjectNode run(JsonNode given, String era) {
        JsonNode pool = Given.required(given, "pool");
        long limit = Given.u64(given, "limit_price_rao_per_alpha");
        long max = switch (Given.model(pool)) {
            case "balancer" -> add ? LimitSizing.maxAmountAdd(Given.balancerPool(pool), limit, Precision.EXACT)
                    : LimitSizing.maxAmountRemove(Given.balancerPool(pool), limit, Precision.EXACT);
            case "cpmm" -> add ? LimitSizing.cpmmMaxAmountAdd(Given.cpmmPool(pool), limit)
                    : LimitSizing.cpmmMaxAmountRemove(Given.cpmmPool(pool), limit);
            default -> throw new IllegalArgumentException("unknown pool model " + Given.model(pool));
        };
        ObjectNode out = Given.object();
        out.set("max_amount_rao", Given.u64Node(max));
        return out;
    }
}
