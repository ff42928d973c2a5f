package io.dtaolab.agents;

/**
 * What an agent may ask for once, before the first block, to take the roles its scenario gives it (e.g. an
 * insider controls a subnet's owner and part of its validator set). Everything returned is added to the
 * agent's own keys; only the attack world calls this (the twin has no adversaries).
 */
public interface SetupContext {
    /** Takes control of the subnet owner's coldkey; returns it. */
    int controlSubnetOwner(int netuid);

    /** Takes control of the {@code count} largest validators of a subnet; returns their hotkeys. */
    int[] controlValidators(int netuid, int count);

    /** Hands {@code count} miners of a subnet to its owner's coldkey (their incentive is then withheld); returns their uids. */
    int[] ownerMiners(int netuid, int count);

    /** Root validator hotkeys (for bribery under root-vote); returns up to {@code count} of the largest. */
    int[] rootValidators(int count);

    MarketView view();
}
