package io.dtaolab.engine;

import io.dtaolab.agents.Extrinsic;
import io.dtaolab.chain.StakeResult;

/**
 * One extrinsic an agent submitted, executed or refused, as events.jsonl shows it. Amounts in RAO: for an
 * executed trade what moved ({@code fee} in TAO, RAO), for a refused one what was asked. Prices are spot TAO per
 * alpha on {@code netuid} before and after (0 where the extrinsic names no subnet). {@code kind} is the
 * extrinsic (add-stake, remove-stake, move-stake, set-weights, set-root-weights, set-holder-vote, destroy-alpha,
 * register-subnet); {@code side} is buy, sell or move for trades and none otherwise; {@code refusal} is the chain
 * error (or "not-signer") when refused.
 */
public record ExtrinsicEvent(long block, String world, String agentId, String agentClass, boolean adversary,
                             int coldkey, int netuid, String kind, String side, boolean executed, String refusal,
                             long taoRao, long alphaRao, long feeRao, double priceBefore, double priceAfter) {

    /** The same event as seen in another world (the twin, while it is still the attack world). */
    ExtrinsicEvent inWorld(String otherWorld) {
        return new ExtrinsicEvent(block, otherWorld, agentId, agentClass, adversary, coldkey, netuid, kind, side, executed,
                refusal, taoRao, alphaRao, feeRao, priceBefore, priceAfter);
    }

    static int netuidOf(Extrinsic x) {
        if (x instanceof Extrinsic.AddStake a) {
            return a.netuid();
        } else if (x instanceof Extrinsic.RemoveStake r) {
            return r.netuid();
        } else if (x instanceof Extrinsic.MoveStake m) {
            return m.fromNetuid();
        } else if (x instanceof Extrinsic.SetWeights w) {
            return w.netuid();
        } else if (x instanceof Extrinsic.DestroyAlpha d) {
            return d.netuid();
        }
        return 0;
    }

    static String kindOf(Extrinsic x) {
        return switch (x.getClass().getSimpleName()) {
            case "AddStake" -> "add-stake";
            case "RemoveStake" -> "remove-stake";
            case "MoveStake" -> "move-stake";
            case "SetWeights" -> "set-weights";
            case "SetRootWeights" -> "set-root-weights";
            case "SetHolderVote" -> "set-holder-vote";
            case "DestroyAlpha" -> "destroy-alpha";
            case "RegisterSubnet" -> "register-subnet";
            default -> x.getClass().getSimpleName();
        };
    }

    static String sideOf(Extrinsic x) {
        return x instanceof Extrinsic.AddStake ? "buy" : x instanceof Extrinsic.RemoveStake ? "sell"
                : x instanceof Extrinsic.MoveStake ? "move" : "none";
    }

    /** TAO and alpha the extrinsic asked for (what a refused one would have moved). */
    static long[] asked(Extrinsic x) {
        if (x instanceof Extrinsic.AddStake a) {
            return new long[] {a.taoRao(), 0};
        } else if (x instanceof Extrinsic.RemoveStake r) {
            return new long[] {0, r.alphaRao()};
        } else if (x instanceof Extrinsic.MoveStake m) {
            return new long[] {0, m.alphaRao()};
        } else if (x instanceof Extrinsic.DestroyAlpha d) {
            return new long[] {0, d.alphaRao()};
        }
        return new long[] {0, 0};
    }

    /** TAO and alpha moved: a trade's result, else what was asked. */
    static long[] moved(Extrinsic x, StakeResult r) {
        return r == null ? asked(x) : new long[] {r.taoRao(), r.alphaRao()};
    }
}
