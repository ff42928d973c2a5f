package io.dtaolab.scenario;

import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.agents.catalog.AgentType;

/** One adversary: what it runs, on which subnet, with how much TAO, and when (block offsets from run start). */
public record AdversarySpec(
        String id,
        AgentType type,
        int target,
        long budgetRao,
        long startBlock,
        long stopBlock,
        int coldkeys,
        boolean shielded,
        AgentParams params) {
    public static final int MAX_COLDKEYS = 100_000;
}
