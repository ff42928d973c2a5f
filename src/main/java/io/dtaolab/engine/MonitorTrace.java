package io.dtaolab.engine;

/**
 * What a chain monitor sees of a world, fed by {@link World} on the run thread: every executed stake trade, every
 * stake extrinsic the chain included but failed (a real block carries them, with their error), every weight set,
 * root-weight set and holder vote, and the transfer that funded each coldkey. Only on-chain facts (coldkeys, hotkeys,
 * amounts, prices, funding addresses), never agent identities. Primitive arguments keep the feed allocation-free; an
 * array argument must not be modified or kept past the call unless copied.
 */
public interface MonitorTrace {

    /**
     * An executed AddStake ({@code buy}) or RemoveStake. {@code position} counts executed extrinsics within the
     * block from 0; prices are spot in TAO per alpha; {@code taoReserveAfter} in RAO.
     */
    void trade(long block, int position, int coldkey, int netuid, boolean buy, long taoRao, long alphaRao,
               double priceBefore, double priceAfter, long taoReserveAfter);

    /**
     * An AddStake ({@code buy}, {@code amountRao} TAO asked) or RemoveStake ({@code amountRao} alpha asked) that the
     * chain refused at execution (slippage limit, balance, rate limit): included in the block at {@code position},
     * nothing moved.
     */
    default void failedTrade(long block, int position, int coldkey, int netuid, boolean buy, long amountRao) {
    }

    /**
     * The transfer that funded {@code coldkey} with {@code rao}, from address {@code source}. {@code exchange}: the
     * source is one of the few publicly labelled exchange hot wallets that fund many unrelated users; otherwise it is
     * the funder's own wallet. Fundings before the monitor attached are replayed when it does (a monitor indexes
     * history).
     */
    default void funding(long block, int coldkey, long source, boolean exchange, long rao) {
    }

    /** A holder vote ({@code holder-vote} preset): the coldkey's vote split over subnets (index = netuid). */
    default void holderVote(long block, int coldkey, double[] weightsByNetuid) {
    }

    /** A root validator's subnet weights ({@code root-vote} preset; index = netuid). */
    default void rootWeights(long block, int hotkey, int hotkeyOwner, double[] weightsByNetuid) {
    }

    /** An executed AddStake to root (netuid 0) behind {@code hotkey}: how stake (and a bribe) reaches a root validator. */
    default void rootStake(long block, int coldkey, int hotkey, int hotkeyOwner, long taoRao) {
    }

    /**
     * A validator's weight row on a subnet (index = uid; uid 0 is the owner hotkey). {@code ownerShare} is the
     * row's weight on uids other than 0 whose hotkey the subnet owner's coldkey owns (its miners; weight on uid 0 is
     * the subnet's public miner burn).
     */
    void weights(long block, int netuid, int hotkey, int hotkeyOwner, int subnetOwner, double[] row, double ownerShare);

    /** Feeds both traces (either may be null), {@code a} first; null when both are. */
    static MonitorTrace both(MonitorTrace a, MonitorTrace b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new Both(a, b);
    }

    /**
     * Two traces fed in turn, {@code a} first. A named type so that {@link ChainMonitorFeed} can call the two itself:
     * its call sites then see only the traces' own classes (a detector bank), not a wrapper before the twin's fork
     * and the bank after it, which made the JIT throw away and recompile the world's step.
     */
    record Both(MonitorTrace a, MonitorTrace b) implements MonitorTrace {
        @Override
        public void trade(long block, int position, int coldkey, int netuid, boolean buy, long taoRao, long alphaRao,
                          double priceBefore, double priceAfter, long taoReserveAfter) {
            a.trade(block, position, coldkey, netuid, buy, taoRao, alphaRao, priceBefore, priceAfter, taoReserveAfter);
            b.trade(block, position, coldkey, netuid, buy, taoRao, alphaRao, priceBefore, priceAfter, taoReserveAfter);
        }

        @Override
        public void weights(long block, int netuid, int hotkey, int hotkeyOwner, int subnetOwner, double[] row,
                            double ownerShare) {
            a.weights(block, netuid, hotkey, hotkeyOwner, subnetOwner, row, ownerShare);
            b.weights(block, netuid, hotkey, hotkeyOwner, subnetOwner, row, ownerShare);
        }

        @Override
        public void failedTrade(long block, int position, int coldkey, int netuid, boolean buy, long amountRao) {
            a.failedTrade(block, position, coldkey, netuid, buy, amountRao);
            b.failedTrade(block, position, coldkey, netuid, buy, amountRao);
        }

        @Override
        public void funding(long block, int coldkey, long source, boolean exchange, long rao) {
            a.funding(block, coldkey, source, exchange, rao);
            b.funding(block, coldkey, source, exchange, rao);
        }

        @Override
        public void holderVote(long block, int coldkey, double[] weightsByNetuid) {
            a.holderVote(block, coldkey, weightsByNetuid);
            b.holderVote(block, coldkey, weightsByNetuid);
        }

        @Override
        public void rootWeights(long block, int hotkey, int hotkeyOwner, double[] weightsByNetuid) {
            a.rootWeights(block, hotkey, hotkeyOwner, weightsByNetuid);
            b.rootWeights(block, hotkey, hotkeyOwner, weightsByNetuid);
        }

        @Override
        public void rootStake(long block, int coldkey, int hotkey, int hotkeyOwner, long taoRao) {
            a.rootStake(block, coldkey, hotkey, hotkeyOwner, taoRao);
            b.rootStake(block, coldkey, hotkey, hotkeyOwner, taoRao);
        }
    }
}
