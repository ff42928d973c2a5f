package io.dtaolab.agents;

import java.util.Arrays;

/**
 * The subnets an agent has bought into: the only places it can hold stake, so it can look at its positions
 * without scanning every subnet of the network (10,000 agents × 128 subnets adds up). In the order first bought.
 * A subnet can be <i>parked</i>: kept in its place but skipped (the agent knows it holds nothing there until it buys
 * there again, which un-parks it), so a long run does not re-read every subnet an agent ever left.
 */
public final class HeldSubnets {
    private int[] netuids = new int[4];
    private boolean[] parked = new boolean[4];
    private int count;

    /** Adds the subnet at the end, or un-parks it in its place if it is already there. */
    public void add(int netuid) {
        for (int i = 0; i < count; i++) {
            if (netuids[i] == netuid) {
                parked[i] = false;
                return;
            }
        }
        if (count == netuids.length) {
            netuids = Arrays.copyOf(netuids, count * 2);
            parked = Arrays.copyOf(parked, count * 2);
        }
        netuids[count] = netuid;
        parked[count++] = false;
    }

    /** Forgets a subnet (the position was sold out); order of the rest is kept. */
    public void remove(int netuid) {
        for (int i = 0; i < count; i++) {
            if (netuids[i] == netuid) {
                System.arraycopy(netuids, i + 1, netuids, i, count - i - 1);
                System.arraycopy(parked, i + 1, parked, i, count - i - 1);
                count--;
                return;
            }
        }
    }

    /** Subnets held, parked ones included. */
    public int size() {
        return count;
    }

    /** The {@code i}-th subnet in the order first bought. */
    public int get(int i) {
        return netuids[i];
    }

    public boolean parked(int i) {
        return parked[i];
    }

    /** Parks the {@code i}-th subnet: skipped until {@link #add} brings it back in the same place. */
    public void park(int i) {
        parked[i] = true;
    }

    /** Every subnet held, parked ones included, in order. */
    public int[] toArray() {
        return Arrays.copyOf(netuids, count);
    }
}
