package io.dtaolab.agents;

/**
 * What an agent can submit. Amounts are RAO; limit prices are RAO per alpha ({@link #NO_LIMIT} = none).
 * {@code tip} orders the fee-priority mempool; {@code shielded} hides the submission from other agents
 * until it is included (the chain's encrypted-extrinsic pallet).
 */
public sealed interface Extrinsic {
    long NO_LIMIT = Long.MAX_VALUE;

    int coldkey();

    long tip();

    boolean shielded();

    record AddStake(int coldkey, int hotkey, int netuid, long taoRao, long limitRaoPerAlpha, boolean allowPartial,
                    long tip, boolean shielded) implements Extrinsic {
    }

    record RemoveStake(int coldkey, int hotkey, int netuid, long alphaRao, long limitRaoPerAlpha, boolean allowPartial,
                       long tip, boolean shielded) implements Extrinsic {
    }

    record MoveStake(int coldkey, int fromHotkey, int fromNetuid, int toHotkey, int toNetuid, long alphaRao,
                     long tip, boolean shielded) implements Extrinsic {
    }

    record SetWeights(int coldkey, int hotkey, int netuid, double[] weights, long tip, boolean shielded) implements Extrinsic {
    }

    record SetRootWeights(int coldkey, int hotkey, double[] weightsByNetuid, long tip, boolean shielded) implements Extrinsic {
    }

    record SetHolderVote(int coldkey, double[] weightsByNetuid, long tip, boolean shielded) implements Extrinsic {
    }

    record DestroyAlpha(int coldkey, int hotkey, int netuid, long alphaRao, boolean recycle, long tip,
                        boolean shielded) implements Extrinsic {
    }

    /** claim_root: claim root dividends on every subnet owed at least the chain's threshold. */
    record ClaimRoot(int coldkey, long tip, boolean shielded) implements Extrinsic {
    }

    /** set_root_claim_type: Keep stakes claimed alpha on its subnet, Swap sells it for root stake. */
    record SetRootClaimType(int coldkey, boolean keep, long tip, boolean shielded) implements Extrinsic {
    }

    record RegisterSubnet(int coldkey, int hotkey, long tip, boolean shielded) implements Extrinsic {
    }
}
