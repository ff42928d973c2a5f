package io.dtaolab.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.chain.epoch.DividendSplit;

/** Kind {@code dividend_split} (FORMAT.md §4; dtao-mechanics.md §2.8 step 4). */
public final class DividendSplitKind implements KindHandler {
    @Override
    public ObjectNode run(JsonNode given, String era) {
        JsonNode hotkeys = given.path("hotkeys");
        int n = hotkeys.size();
        long[] alpha = new long[n];
        long[] root = new long[n];
        double[] dividend = new double[n];
        for (int h = 0; h < n; h++) {
            JsonNode hk = hotkeys.get(h);
            alpha[h] = Long.parseUnsignedLong(hk.path("alpha_stake_rao").asText());
            root[h] = Long.parseUnsignedLong(hk.path("root_stake_rao").asText());
            dividend[h] = hk.path("dividend").asDouble();
        }
        DividendSplit.Result r = DividendSplit.split(
                Long.parseUnsignedLong(given.path("pending_validator_alpha_rao").asText()),
                Long.parseUnsignedLong(given.path("pending_root_alpha_rao").asText()),
                given.path("tao_weight").asDouble(), alpha, root, dividend);
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        out.put("alpha_dividends_total_rao", r.alphaTotalRao());
        out.put("root_alpha_dividends_total_rao", r.rootTotalRao());
        ArrayNode per = out.putArray("per_hotkey");
        for (int h = 0; h < n; h++) {
            ObjectNode o = per.addObject();
            o.put("hotkey", hotkeys.get(h).path("hotkey").asText());
            o.put("alpha_dividend", r.alphaDividend()[h]);
            o.put("root_alpha_dividend", r.rootAlphaDividend()[h]);
        }
        return out;
    }
}
