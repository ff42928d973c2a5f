package io.dtaolab.agents;

import java.util.Arrays;

/**
 * The subnets an agent has bought into: the only places it can hold stake, so it can look at its positions
 * without scanning every subnet of the network (10,000 agents × 128 subnets adds up).
 */
public final class HeldSubnets {
    private int[] netuids = new int[4];
    private int count;

    public void add(int netuid) {
        for (int i = 0; i < count; i++) {
            if (netuids[i] == netuid) {
                return;
            }
        }
        if (count == netuids.length) {
            netuids = Arrays.copyOf(netuids, count * 2);
        }
        netuids[count++] = netuid;
    }

    /** Forgets a subnet (the position was sold out); order of the rest is kept. */
    public void remove(int netuid) {
        for (int i = 0; i < count; i++) {
            if (netuids[i] == netuid) {
                System.arraycopy(netuids, i + 1, netuids, i, count - i - 1);
                count--;
                return;
            }
        }
    }

    public int[] toArray() {
        return Arrays.copyOf(netuids, count);
    }
}
