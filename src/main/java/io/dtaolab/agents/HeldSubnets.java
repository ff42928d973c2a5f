package io.dtaolab.agents;

import java.util.Arrays;

/**
 * The subnets an agent has bought into: the only places it can hold stake, so it can look at its positions
 * without scanning every subnet of the network (10,000 agents × 128 subnets adds up). In the order first bought.
 * A subnet can be <i>parked</i>: kept in its place but skipped (the agent knows it holds nothing there until it buys
 * there again, which un-parks it), so a long run does not re-read every subnet an agent ever left. Membership and
 * parking are bits by netuid, so buying again where it holds (a trader's most common step) costs no scan.
 */
public final class HeldSubnets {
    private int[] netuids = new int[4];
    private int count;
    /** Bit n: subnet n is in the list; bit n of {@link #parkedBits}: it is parked. Sized for 256 netuids, grown on demand. */
    private long[] present = new long[4];
    private long[] parkedBits = new long[4];

    private static boolean bit(long[] bits, int n) {
        int w = n >>> 6;
        return w < bits.length && (bits[w] & (1L << n)) != 0;
    }

    /** Adds the subnet at the end, or un-parks it in its place if it is already there. */
    public void add(int netuid) {
        int w = netuid >>> 6;
        if (w >= present.length) {
            present = Arrays.copyOf(present, Math.max(w + 1, 2 * present.length));
            parkedBits = Arrays.copyOf(parkedBits, present.length);
        }
        parkedBits[w] &= ~(1L << netuid);
        if ((present[w] & (1L << netuid)) != 0) {
            return;
        }
        present[w] |= 1L << netuid;
        if (count == netuids.length) {
            netuids = Arrays.copyOf(netuids, count * 2);
        }
        netuids[count++] = netuid;
    }

    /** Forgets a subnet (the position was sold out); order of the rest is kept. */
    public void remove(int netuid) {
        if (!bit(present, netuid)) {
            return;
        }
        present[netuid >>> 6] &= ~(1L << netuid);
        parkedBits[netuid >>> 6] &= ~(1L << netuid);
        for (int i = 0; i < count; i++) {
            if (netuids[i] == netuid) {
                System.arraycopy(netuids, i + 1, netuids, i, count - i - 1);
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
        return bit(parkedBits, netuids[i]);
    }

    /** Parks the {@code i}-th subnet: skipped until {@link #add} brings it back in the same place. */
    public void park(int i) {
        int n = netuids[i];
        parkedBits[n >>> 6] |= 1L << n;
    }

    /** Every subnet held, parked ones included, in order. */
    public int[] toArray() {
        return Arrays.copyOf(netuids, count);
    }
}
