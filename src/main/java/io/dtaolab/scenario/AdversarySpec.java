package io.dtaolab.scenario;

import io.dtaolab.agents.adversary.ScriptAction;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.agents.catalog.AgentType;
import java.util.List;

/**
 * One adversary: what it runs, on which subnet, with how much TAO, and when (block offsets from run start).
 * {@code actions} is the script of a {@code script} adversary (empty for every other type).
 */
public record AdversarySpec(
        String id,
        AgentType type,
        int target,
        long budgetRao,
        long startBlock,
        long stopBlock,
        int coldkeys,
        boolean shielded,
        AgentParams params,
        List<ScriptAction> actions) {
    public static final int MAX_COLDKEYS = 100_000;
    public static final int MAX_ACTIONS = 10_000;

    public AdversarySpec {
        actions = List.copyOf(actions);
    }

    /** A parameterised (non-script) adversary. */
    public AdversarySpec(String id, AgentType type, int target, long budgetRao, long startBlock, long stopBlock,
                         int coldkeys, boolean shielded, AgentParams params) {
        this(id, type, target, budgetRao, startBlock, stopBlock, coldkeys, shielded, params, List.of());
    }
}
