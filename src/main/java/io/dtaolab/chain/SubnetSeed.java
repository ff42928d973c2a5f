package io.dtaolab.chain;

/**
 * A subnet's state at the start of a run. Outstanding staked alpha is added afterwards with
 * {@link Network#genesisStake}; {@code alphaBurnedRao} is burned alpha still counted in SubnetAlphaOut.
 */
public record SubnetSeed(int netuid, boolean stable, long taoReserveRao, long alphaReserveRao, long alphaBurnedRao,
                         long protocolAlphaRao, double emaPrice, double minerBurned, long registeredBlock,
                         long firstEmissionBlock, boolean emissionEnabled, int ownerColdkey, int ownerHotkey,
                         long lockPaidRao) {
}
