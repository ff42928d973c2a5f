package io.dtaolab.engine;

import java.util.Arrays;

/**
 * Agents' next wake blocks, polled in (block, agent index) order, so only the agents due this block are touched and
 * the order is deterministic. Most wakes fall within a few thousand blocks (a momentum follower's scan every ~60
 * blocks, a trader's daily trades), so those sit in a calendar of one bucket per block ({@link #SLOTS} blocks ahead
 * of the current block): adding one is an append and a block's bucket is sorted by agent when it comes due, instead
 * of a heap of every agent sifted twice per wake. Wakes further ahead, or behind the calendar, wait in a small
 * binary min-heap; a poll takes the smaller of the two heads.
 */
final class WakeQueue {
    /** Blocks the calendar covers, from {@link #cursor} on; a power of two. */
    static final int SLOTS = 1 << 13;
    private static final int MASK = SLOTS - 1;
    private static final int[] EMPTY = new int[0];

    /** Calendar: slot (block & MASK) holds the agents due at that block, for blocks in [cursor, cursor + SLOTS). */
    private final int[][] slot = new int[SLOTS][];
    private final int[] slotSize = new int[SLOTS];
    /** The earliest block the calendar may still hold; its slot is sorted from {@link #head} on once {@link #open}. */
    private long cursor;
    private int head;
    private boolean open;
    private int inCalendar;

    /** Wakes outside the calendar: a binary min-heap on (block, agent). */
    private long[] block = new long[16];
    private int[] agent = new int[16];
    private int heapSize;

    WakeQueue() {
        Arrays.fill(slot, EMPTY);
    }

    /** Room for {@code n} entries without growing the heap (a grow inside compiled block code is a deoptimisation). */
    void reserve(int n) {
        if (n > block.length) {
            block = Arrays.copyOf(block, n);
            agent = Arrays.copyOf(agent, n);
        }
    }

    void add(long wakeBlock, int agentIndex) {
        if (wakeBlock < cursor || wakeBlock - cursor >= SLOTS) {
            heapAdd(wakeBlock, agentIndex);
            return;
        }
        int s = (int) (wakeBlock & MASK);
        int[] list = slot[s];
        int n = slotSize[s];
        if (n == list.length) {
            list = Arrays.copyOf(list, Math.max(4, 2 * n));
            slot[s] = list;
        }
        int i = n;
        if (open && wakeBlock == cursor) {
            while (i > head && list[i - 1] > agentIndex) { // keep the open slot sorted
                list[i] = list[i - 1];
                i--;
            }
        }
        list[i] = agentIndex;
        slotSize[s] = n + 1;
        inCalendar++;
    }

    boolean dueAt(long currentBlock) {
        return calendarHead(currentBlock) || heapSize > 0 && block[0] <= currentBlock;
    }

    /** Removes and returns the agent index of the earliest entry due at or before {@code currentBlock}. */
    int poll(long currentBlock) {
        boolean fromCalendar = calendarHead(currentBlock);
        if (fromCalendar && heapSize > 0) {
            int s = (int) (cursor & MASK);
            fromCalendar = cursor < block[0] || cursor == block[0] && slot[s][head] < agent[0];
        }
        if (!fromCalendar) {
            return heapPoll();
        }
        inCalendar--;
        return slot[(int) (cursor & MASK)][head++];
    }

    /**
     * Moves the cursor over the exhausted slots up to {@code currentBlock}; true if the calendar then holds an entry
     * due at or before it (the cursor's slot, opened: sorted by agent).
     */
    private boolean calendarHead(long currentBlock) {
        while (true) {
            if (inCalendar == 0) {
                if (open) {
                    slotSize[(int) (cursor & MASK)] = 0;
                    open = false;
                }
                cursor = Math.max(cursor, currentBlock + 1); // an empty calendar moves on to the next block
                return false;
            }
            if (cursor > currentBlock) {
                return false;
            }
            int s = (int) (cursor & MASK);
            if (!open) {
                Arrays.sort(slot[s], 0, slotSize[s]);
                head = 0;
                open = true;
            }
            if (head < slotSize[s]) {
                return true;
            }
            slotSize[s] = 0;
            open = false;
            cursor++;
        }
    }

    /** Drops the entries of agents {@code >= limit} (agents that left a forked world). */
    void retainAgentsBelow(int limit) {
        for (int s = 0; s < SLOTS; s++) {
            int[] list = slot[s];
            int from = open && s == (int) (cursor & MASK) ? head : 0;
            int kept = from;
            for (int i = from; i < slotSize[s]; i++) {
                if (list[i] < limit) {
                    list[kept++] = list[i];
                }
            }
            inCalendar -= slotSize[s] - kept;
            slotSize[s] = kept;
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
