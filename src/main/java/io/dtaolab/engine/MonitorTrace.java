package io.dtaolab.engine;

/**
 * What a chain monitor sees of a world, fed by {@link World} on the run thread: every executed stake trade and every
 * weight set. Only on-chain facts (coldkeys, hotkeys, amounts, prices), never agent identities. Primitive arguments
 * keep the feed allocation-free; a {@code row} array must not be modified or kept past the call unless copied.
 */
public interface MonitorTrace {

    /**
     * An executed AddStake ({@code buy}) or RemoveStake. {@code position} counts executed extrinsics within the
     * block from 0; prices are spot in TAO per alpha; {@code taoReserveAfter} in RAO.
     */
    void trade(long block, int position, int coldkey, int netuid, boolean buy, long taoRao, long alphaRao,
               double priceBefore, double priceAfter, long taoReserveAfter);

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
        return new MonitorTrace() {
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
        };
    }
}
