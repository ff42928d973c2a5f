package io.dtaolab.conformance.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.chain.pool.BalancerPool;
import io.dtaolab.chain.pool.CpmmPool;
import io.dtaolab.chain.pool.Side;
import io.dtaolab.chain.pool.U64F64;

/** Reading vector inputs (u64 amounts as unsigned longs) and writing outputs. */
final class Given {
    private Given() {
    }

    static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("given." + field + " is missing");
        }
        return v;
    }

    /** A u64 JSON integer as an unsigned long (bit pattern). */
    static long u64(JsonNode node, String field) {
        JsonNode v = required(node, field);
        if (!v.isIntegralNumber() || v.bigIntegerValue().signum() < 0 || v.bigIntegerValue().bitLength() > 64) {
            throw new IllegalArgumentException("given." + field + " must be a u64 integer, got " + v);
        }
        return v.bigIntegerValue().longValue();
    }

    static long u64(JsonNode node, String field, long defaultValue) {
        return node.has(field) ? u64(node, field) : defaultValue;
    }

    static Side side(JsonNode node) {
        String s = required(node, "side").asText();
        return switch (s) {
            case "buy" -> Side.BUY;
            case "sell" -> Side.SELL;
            default -> throw new IllegalArgumentException("given.side must be buy or sell, got " + s);
        };
    }

    static String model(JsonNode pool) {
        return required(pool, "model").asText();
    }

    static BalancerPool balancerPool(JsonNode pool) {
        long weight = u64(pool, "quote_weight_perquintill", BalancerPool.HALF);
        return new BalancerPool(u64(pool, "tao_reserve_rao"), u64(pool, "alpha_reserve_rao"), weight,
                (int) u64(pool, "fee_rate_u16", 33), u64(pool, "minimum_reserve_rao", 1_000_000L),
                (int) u64(pool, "mechanism", 1));
    }

    static CpmmPool cpmmPool(JsonNode pool) {
        return new CpmmPool(u64(pool, "tao_reserve_rao"), u64(pool, "alpha_reserve_rao"),
                u64(pool, "minimum_pool_liquidity_rao", CpmmPool.DEFAULT_MINIMUM_POOL_LIQUIDITY),
                (int) u64(pool, "mechanism", 1));
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static JsonNode u64Node(long unsigned) {
        return BigIntegerNode.valueOf(U64F64.unsigned(unsigned));
    }
}
