package io.dtaolab.scenario;

import java.util.OptionalDouble;

/**
 * One subnet of a mainnet snapshot (see strategies/networks/README.md). Reserves are exact RAO from the
 * CSV's decimal strings. {@code startupMode} is true when the miner-burn columns are blank: the subnet did
 * not emit yet, and {@code minerBurned} is then 0 by the chain's default rather than a measurement.
 */
public record SubnetSnapshot(
        int netuid,
        String name,
        long stateBlock,
        long registeredBlock,
        double priceTao,
        double priceTaoAvg30,
        long taoReserveRao,
        long alphaInRao,
        long alphaOutRao,
        long alphaIssuedRao,
        long alphaBurnedRao,
        double minerBurned,
        boolean startupMode,
        double minerBurnMean30d,
        double emissionOnShare30d,
        int validatorsN,
        double validatorStakeHhi,
        OptionalDouble holdersHhi,
        double ownerAlphaShare,
        double daysSinceRegistration) {
}
