package io.dtaolab.scenario;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Mechanism.PoolModel;
import io.dtaolab.chain.Mechanism.ShareRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings for settings a strategy makes that cannot change its result under the preset it runs on (a valid
 * file, so not errors): an override the preset's pool or emission rule never reads, or an events threshold
 * with the events file off.
 */
public final class IneffectiveParameters {
    private IneffectiveParameters() {
    }

    public static List<String> warnings(StrategySpec spec) {
        List<String> out = new ArrayList<>();
        for (Mechanism m : spec.mechanisms()) {
            for (String key : spec.overrides().keySet()) {
                String why = unused(key, m);
                if (why != null) {
                    out.add(spec.file() + ": overrides." + key + " has no effect on emission under preset " + m.name() + " (" + why + ")");
                }
            }
        }
        if (!spec.outputs().events() && spec.outputs().tradeEventMinRao() != OutputSpec.DEFAULT.tradeEventMinRao()) {
            out.add(spec.file() + ": outputs.tradeEventMinTao has no effect while outputs.events is false");
        }
        return out;
    }

    private static String unused(String key, Mechanism m) {
        boolean flow = m.shareRule() == ShareRule.TAO_FLOW || m.shareRule() == ShareRule.NET_FLOW;
        return switch (key) {
            case "feeRateU16" -> m.poolModel() == PoolModel.CPMM ? "its constant-product pool charges a flat fee" : null;
            case "flowAlpha", "flowExponent" -> flow ? null : "its emission shares do not follow TAO flow";
            case "rootVoteKappa" -> m.shareRule() == ShareRule.ROOT_VOTE ? null : "emission is not set by a root vote";
            default -> null;
        };
    }
}
