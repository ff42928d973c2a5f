package io.dtaolab.engine;

import java.util.Arrays;

/**
 * Agents' next wake blocks as a binary min-heap on primitive arrays, ordered by (block, agent index), so
 * only the agents due this block are touched and the order is deterministic.
 */
final class WakeQueue {
    private long[] block = new long[64];
    private int[] agent = new int[64];
    private int size;

    /** Room for {@code n} entries without growing (a grow inside compiled block code is a deoptimisation). */
    void reserve(int n) {
        if (n > block.length) {
            block = Arrays.copyOf(block, n);
            agent = Arrays.copyOf(agent, n);
        }
    }

    void add(long wakeBlock, int agentIndex) {
        if (size == block.length) {
            block = Arrays.copyOf(block, size * 2);
            agent = Arrays.copyOf(agent, size * 2);
        }
        int i = size++;
        block[i] = wakeBlock;
        agent[i] = agentIndex;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(i, parent)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    boolean dueAt(long currentBlock) {
        return size > 0 && block[0] <= currentBlock;
    }

    /** Removes and returns the agent index of the earliest entry. */
    int poll() {
        int top = agent[0];
        size--;
        block[0] = block[size];
        agent[0] = agent[size];
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && less(l, m)) {
                m = l;
            }
            if (r < size && less(r, m)) {
                m = r;
            }
            if (m == i) {
                break;
            }
            swap(i, m);
            i = m;
        }
        return top;
    }

    /** Drops the entries of agents {@code >= limit} (agents that left a forked world). */
    void retainAgentsBelow(int limit) {
        long[] keepBlock = new long[size];
        int[] keepAgent = new int[size];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (agent[i] < limit) {
                keepBlock[kept] = block[i];
                keepAgent[kept++] = agent[i];
            }
        }
        size = 0;
        for (int i = 0; i < kept; i++) {
            add(keepBlock[i], keepAgent[i]);
        }
    }

    int size() {
        return size;
    }

    private boolean less(int a, int b) {
        return block[a] < block[b] || (block[a] == block[b] && agent[a] < agent[b]);
    }

    private void swap(int a, int b) {
        long tb = block[a];
        block[a] = block[b];
        block[b] = tb;
        int ta = agent[a];
        agent[a] = agent[b];
        agent[b] = ta;
    }
}
