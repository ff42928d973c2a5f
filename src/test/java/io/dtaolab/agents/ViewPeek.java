package io.dtaolab.agents;

/** Test access to what a {@link MarketView} shares among the agents of a block. */
public final class ViewPeek {
    private ViewPeek() {
    }

    /** The reserves (and their sum, last) of the block's shared subnet list, copied. */
    public static double[] sharedReserves(MarketView v) {
        int[] ids = v.netuidsShared();
        return java.util.Arrays.copyOf(v.reservesOf(ids), ids.length + 1);
    }
}
