package io.dtaolab.engine;

/** Receives a run's events on the run's own thread. Implementations must not block (hand off and return). */
public interface RunListener {
    RunListener NONE = new RunListener() {
    };

    /** After every block of both worlds. */
    default void onBlock(BlockSummary summary) {
    }

    /** After each tempo, with the measures so far. */
    default void onTempo(TempoReport report) {
    }

    /** An executed trade at or above the strategy's trade-event size. */
    default void onTrade(Trade trade) {
    }

    /**
     * Where a world ({@code attack} or {@code twin}) reports every executed or refused extrinsic, or null for
     * nowhere (the default). Asked once per world before the first block; the consumer is called on the thread
     * that steps that world.
     */
    default java.util.function.Consumer<ExtrinsicEvent> extrinsics(String world) {
        return null;
    }
}
