package io.dtaolab.agents.adversary;

/** What every adversary is given: target subnet, TAO budget, active window (absolute blocks), keys, shielding. */
public record Attack(int target, long budgetRao, long startBlock, long stopBlock, int coldkeys, boolean shielded) {
}
