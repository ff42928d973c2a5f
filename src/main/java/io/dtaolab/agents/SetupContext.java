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

    /**
     * Takes the coldkeys of a subnet's miners (uids that are neither validators nor owned by the subnet owner, and
     * no other agent took) so their owner may sell the incentive they earn; returns them.
     */
    int[] controlMiners(int netuid);

    /** Takes the genesis holders' coldkey (the snapshot's staked alpha and root stake); -1 if none or already taken. */
    int controlGenesisHolders();

    /** Root validator hotkeys (for bribery under root-vote); returns up to {@code count} of the largest. */
    int[] rootValidators(int count);

    MarketView view();
}
