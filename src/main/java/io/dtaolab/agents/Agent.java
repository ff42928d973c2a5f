package io.dtaolab.agents;

import java.util.Arrays;

/**
 * An agent: honest background trader or adversary. It owns coldkeys (created by the world at setup), wakes on
 * its own schedule, reads a view, submits extrinsics. Mempool watchers (e.g. sandwich bots) also get
 * {@link #onMempool} after the other agents of the block have submitted.
 */
public abstract class Agent {
    private final String id;
    private final String type;
    private final boolean adversary;
    private int[] coldkeys = new int[0];
    /** coldkeys[0] (-1 while unbound), kept in the agent itself: read at every wake, the array would be one more cache miss. */
    private int firstColdkey = -1;
    private long budgetRao;

    protected Agent(String id, String type, boolean adversary) {
        this.id = id;
        this.type = type;
        this.adversary = adversary;
    }

    public final String id() {
        return id;
    }

    /** The catalogue type, e.g. {@code noise-trader}; also the metrics' {@code agent_class}. */
    public final String type() {
        return type;
    }

    public final boolean adversary() {
        return adversary;
    }

    /** TAO the agent starts with across its coldkeys. */
    public final long budgetRao() {
        return budgetRao;
    }

    public final int[] coldkeys() {
        return coldkeys.clone();
    }

    /** Whether the agent may sign with this coldkey (checked for every extrinsic, so no copy is made). */
    /** How many coldkeys the agent holds now (those it was bound to and any granted since). */
    public final int boundColdkeyCount() {
        return coldkeys.length;
    }

    /** Its {@code i}-th coldkey, as {@link #coldkeys()}{@code [i]} without the copy. */
    public final int coldkeyAt(int i) {
        return coldkeys[i];
    }

    public final boolean ownsColdkey(int coldkey) {
        for (int c : coldkeys) {
            if (c == coldkey) {
                return true;
            }
        }
        return false;
    }

    public final int coldkey() {
        return firstColdkey >= 0 ? firstColdkey : coldkeys[0];
    }

    /** How many coldkeys the world should create for this agent, and the TAO each gets. */
    public abstract int coldkeyCount();

    public abstract long fundingPerColdkeyRao();

    /** Called once by the world after funding. */
    public final void bind(int[] ownColdkeys) {
        this.coldkeys = Arrays.copyOf(ownColdkeys, ownColdkeys.length);
        this.firstColdkey = coldkeys.length > 0 ? coldkeys[0] : -1;
        this.budgetRao = fundingPerColdkeyRao() * ownColdkeys.length;
    }

    /** Whether {@link #setup} takes roles (changes the chain: hotkeys, owners); the twin then forks before it joins. */
    public boolean takesRolesAtSetup() {
        return false;
    }

    /** Optional one-time setup before the first block (attack world only for adversaries). */
    public void setup(SetupContext setup) {
    }

    /** Adds keys the agent obtained at setup (a subnet owner's or validators' coldkeys) to its own. */
    public final void grantColdkeys(int... more) {
        int[] merged = Arrays.copyOf(coldkeys, coldkeys.length + more.length);
        System.arraycopy(more, 0, merged, coldkeys.length, more.length);
        coldkeys = merged;
        firstColdkey = coldkeys.length > 0 ? coldkeys[0] : -1;
    }

    /** First block (absolute) at which the agent wants to act. */
    public abstract long firstWake(AgentContext ctx, long startBlock);

    /** Called at each block the agent asked to be woken at. */
    public abstract void act(AgentContext ctx);

    /** Whether the agent watches the mempool each block (called after other agents submitted). */
    public boolean watchesMempool() {
        return false;
    }

    public void onMempool(AgentContext ctx) {
    }

    /** Target subnet for attack measures; 0 for honest agents. */
    public int target() {
        return 0;
    }

    /** Block (absolute) at which the attack stops acting; Long.MAX_VALUE for honest agents. */
    public long stopBlock() {
        return Long.MAX_VALUE;
    }
}
