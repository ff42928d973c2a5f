package io.dtaolab.agents;

import java.util.List;

/** What an agent gets when it wakes: a read-only view, its own RNG stream, signals, and ways to act. */
public interface AgentContext {
    MarketView view();

    /** This agent's random stream, split from the run seed by its id; the same in the attack world and its twin. */
    Rng rng();

    Signals signals();

    /** Queues an extrinsic for this block. */
    void submit(Extrinsic extrinsic);

    /** Pending submissions of other agents that are not shielded. */
    List<Submission> visibleMempool();

    /** Asks to be woken again at a later block (the latest call wins; default: never). */
    void wakeAt(long block);
}
