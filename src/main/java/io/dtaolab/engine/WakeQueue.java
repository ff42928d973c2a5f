package io.dtaolab.engine;

import java.util.Arrays;

/**
 * Agents' next wake blocks, polled in (block, agent index) order, so only the agents due this block are touched and
 * the order is deterministic. Most wakes fall within a few thousand blocks (a momentum follower's scan every ~60
 * blocks, a trader's daily trades), so those sit in a calendar of one bucket per block ({@link #SLOTS} blocks ahead
 * of the current block): adding one links a node into its block's list, and a block's list is sorted by agent when it
 * comes due, instead of a heap of every agent sifted twice per wake. Wakes further ahead, or behind the calendar, wait in a small
 * binary min-heap; a poll takes the smaller of the two heads.
 */
final class WakeQueue {
    /** Blocks the calendar covers, from {@link #cursor} on; a power of two. */
    static final int SLOTS = 1 << 13;
    private static final int MASK = SLOTS - 1;
    private static final int RESERVE_SLACK = 64;

    /**
     * Calendar: slot (block & MASK) is a list of the agents due at that block, for blocks in [cursor, cursor + SLOTS),
     * linked through pooled nodes (-1 ends a list). Nodes are reused last freed first, so an add touches a node that is
     * still in cache and one int of the slot heads, not a per-slot array untouched for thousands of blocks.
     */
    private final int[] slotHead = new int[SLOTS];
    private int[] nodeAgent = new int[16];
    private int[] nodeNext = new int[16];
    private int freeNode = -1;
    private int nodesUsed;
    /** The earliest block the calendar may still hold; once {@link #open}, its agents sit sorted in {@link #due}. */
    private long cursor;
    private boolean open;
    private int[] due = new int[16];
    private int dueCount;
    private int head;
    private int inCalendar;

    /** Wakes outside the calendar: a binary min-heap on (block, agent). */
    private long[] block = new long[16];
    private int[] agent = new int[16];
    private int heapSize;

    WakeQueue() {
        Arrays.fill(slotHead, -1);
    }

    /** Room for {@code n} entries without growing (a grow inside compiled block code is a deoptimisation). */
    void reserve(int n) {
        if (n > block.length) {
            block = Arrays.copyOf(block, n);
            agent = Arrays.copyOf(agent, n);
        }
        if (n + RESERVE_SLACK > nodeAgent.length) {
            // slack for mempool watchers, which may be queued twice (a pending wake and a back-run)
            nodeAgent = Arrays.copyOf(nodeAgent, n + RESERVE_SLACK);
            nodeNext = Arrays.copyOf(nodeNext, n + RESERVE_SLACK);
        }
        if (n > due.length) {
            due = Arrays.copyOf(due, n);
        }
    }

    void add(long wakeBlock, int agentIndex) {
        if (wakeBlock < cursor || wakeBlock - cursor >= SLOTS) {
            heapAdd(wakeBlock, agentIndex);
            return;
        }
        inCalendar++;
        if (open && wakeBlock == cursor) {
            if (dueCount == due.length) {
                due = Arrays.copyOf(due, 2 * dueCount);
            }
            int i = dueCount++;
            while (i > head && due[i - 1] > agentIndex) { // keep the open slot sorted
                due[i] = due[i - 1];
                i--;
            }
            due[i] = agentIndex;
            return;
        }
        int node = freeNode;
        if (node >= 0) {
            freeNode = nodeNext[node];
        } else {
            if (nodesUsed == nodeAgent.length) {
                nodeAgent = Arrays.copyOf(nodeAgent, 2 * nodesUsed);
                nodeNext = Arrays.copyOf(nodeNext, 2 * nodesUsed);
            }
            node = nodesUsed++;
        }
        int s = (int) (wakeBlock & MASK);
        nodeAgent[node] = agentIndex;
        nodeNext[node] = slotHead[s];
        slotHead[s] = node;
    }

    boolean dueAt(long currentBlock) {
        return calendarHead(currentBlock) || heapSize > 0 && block[0] <= currentBlock;
    }

    /** Removes and returns the agent index of the earliest entry due at or before {@code currentBlock}. */
    int poll(long currentBlock) {
        boolean fromCalendar = calendarHead(currentBlock);
        if (fromCalendar && heapSize > 0) {
            fromCalendar = cursor < block[0] || cursor == block[0] && due[head] < agent[0];
        }
        if (!fromCalendar) {
            return heapPoll();
        }
        inCalendar--;
        return due[head++];
    }

    /**
     * Moves the cursor over the exhausted slots up to {@code currentBlock}; true if the calendar then holds an entry
     * due at or before it (the cursor's slot, opened: its agents sorted in {@link #due}).
     */
    private boolean calendarHead(long currentBlock) {
        while (true) {
            if (inCalendar == 0) {
                open = false;
                cursor = Math.max(cursor, currentBlock + 1); // an empty calendar moves on to the next block
                return false;
            }
            if (cursor > currentBlock) {
                return false;
            }
            if (!open) {
                openSlot((int) (cursor & MASK));
            }
            if (head < dueCount) {
                return true;
            }
            open = false;
            cursor++;
        }
    }

    /** Takes the slot's list into {@link #due}, sorted by agent, and frees its nodes. */
    private void openSlot(int s) {
        int n = 0;
        for (int node = slotHead[s]; node >= 0; ) {
            if (n == due.length) {
                due = Arrays.copyOf(due, 2 * n);
            }
            due[n++] = nodeAgent[node];
            int next = nodeNext[node];
            nodeNext[node] = freeNode;
            freeNode = node;
            node = next;
        }
        slotHead[s] = -1;
        Arrays.sort(due, 0, n);
        dueCount = n;
        head = 0;
        open = true;
    }

    /** Drops the entries of agents {@code >= limit} (agents that left a forked world). */
    void retainAgentsBelow(int limit) {
        if (open) {
            int kept = head;
            for (int i = head; i < dueCount; i++) {
                if (due[i] < limit) {
                    due[kept++] = due[i];
                }
            }
            inCalendar -= dueCount - kept;
            dueCount = kept;
        }
        for (int s = 0; s < SLOTS; s++) {
            int prev = -1;
            for (int node = slotHead[s]; node >= 0; ) {
                int next = nodeNext[node];
                if (nodeAgent[node] < limit) {
                    prev = node;
                } else {
                    if (prev < 0) {
                        slotHead[s] = next;
                    } else {
                        nodeNext[prev] = next;
                    }
                    nodeNext[node] = freeNode;
                    freeNode = node;
                    inCalendar--;
                }
                node = next;
            }
        }
        long[] keepBlock = new long[heapSize];
        int[] keepAgent = new int[heapSize];
        int kept = 0;
        for (int i = 0; i < heapSize; i++) {
            if (agent[i] < limit) {
                keepBlock[kept] = block[i];
                keepAgent[kept++] = agent[i];
            }
        }
        heapSize = 0;
        for (int i = 0; i < kept; i++) {
            heapAdd(keepBlock[i], keepAgent[i]);
        }
    }

    int size() {
        return inCalendar + heapSize;
    }

    private void heapAdd(long wakeBlock, int agentIndex) {
        if (heapSize == block.length) {
            block = Arrays.copyOf(block, heapSize * 2);
            agent = Arrays.copyOf(agent, heapSize * 2);
        }
        int i = heapSize++;
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

    private int heapPoll() {
        int top = agent[0];
        heapSize--;
        block[0] = block[heapSize];
        agent[0] = agent[heapSize];
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < heapSize && less(l, m)) {
                m = l;
            }
            if (r < heapSize && less(r, m)) {
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
