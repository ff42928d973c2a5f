package io.dtaolab.analysis.detect;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A detector's state per subnet. Netuids are small dense ids, so the books sit in an array indexed by netuid (grown
 * on demand) rather than behind a hash probe on every trade.
 */
final class PerSubnet<B> {
    private final Supplier<B> create;
    /**
     * Room for every netuid of today's networks from the start: growing it at a world's first trades made every
     * new world (the next seed of a multi-seed run) deoptimise the detectors' compiled onTrade.
     */
    private Object[] books = new Object[256];

    PerSubnet(Supplier<B> create) {
        this.create = create;
    }

    /** The subnet's book, or null when it has none yet. */
    @SuppressWarnings("unchecked")
    B get(int netuid) {
        return netuid >= 0 && netuid < books.length ? (B) books[netuid] : null;
    }

    /** The subnet's book, made on first use. */
    @SuppressWarnings("unchecked")
    B getOrCreate(int netuid) {
        if (netuid >= books.length) {
            books = Arrays.copyOf(books, Math.max(netuid + 1, 2 * books.length));
        }
        Object b = books[netuid];
        if (b == null) {
            b = create.get();
            books[netuid] = b;
        }
        return (B) b;
    }
}
