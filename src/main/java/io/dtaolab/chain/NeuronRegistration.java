package io.dtaolab.chain;

/**
 * Neuron burn registration (subtensor {@code subnets/registration.rs}): the burn is swapped TAO → alpha at the
 * subnet's fee and the alpha recycled, so the price rises; the fee stays in the subnet account (out of
 * circulation here). From 2026-05-27 the whole burn is recorded as user TAO inflow, which the flow-based share
 * rules count. A full subnet replaces the non-immune miner with the lowest incentive of the last epoch (ties:
 * lowest uid). The burn is the 1 TAO a new subnet starts with; the chain's per-block burn adjustment is not
 * modelled.
 */
final class NeuronRegistration {
    static final long BURN_RAO = Rao.PER_TAO;
    /** Neuron ImmunityPeriod at registration. */
    static final long IMMUNITY_BLOCKS = 5_000L;

    private final Network net;
    private final Subnets s;

    NeuronRegistration(Network net) {
        this.net = net;
        this.s = net.subnets;
    }

    /** Returns the uid the hotkey now holds. */
    int register(int coldkey, int hotkey, int netuid) {
        net.requireSubnet(netuid);
        Neurons ns = s.neurons[netuid];
        if (ns == null || s.stable[netuid]) {
            throw new ChainException(ChainError.SubnetNotExists, "subnet " + netuid + " takes no neuron registrations");
        }
        if (ns.uidOf(hotkey) >= 0) {
            throw new ChainException(ChainError.HotKeyAlreadyRegisteredInSubNet, "hotkey " + hotkey);
        }
        if (net.accounts.owner(hotkey) != coldkey) {
            throw new ChainException(ChainError.NonAssociatedColdKey, "hotkey " + hotkey + " is not owned by coldkey " + coldkey);
        }
        if (net.accounts.free(coldkey) < BURN_RAO) {
            throw new ChainException(ChainError.NotEnoughBalance, "the burn is " + BURN_RAO + " RAO");
        }
        int uid = uidToReplace(ns);
        if (uid < 0) {
            throw new ChainException(ChainError.NoNeuronIdAvailable, "every miner of subnet " + netuid + " is immune");
        }
        Fill f = net.pools.buy(netuid, BURN_RAO, PoolOps.MAX_PRICE_RAO, false);
        net.accounts.debit(coldkey, BURN_RAO);
        s.taoReserve[netuid] += f.in();
        s.alphaIn[netuid] -= f.out(); // bought and recycled: never enters SubnetAlphaOut
        net.ledger.burned += BURN_RAO - f.in();
        s.volume[netuid] += BURN_RAO;
        if (net.mech.registrationIsInflow()) {
            s.taoFlow[netuid] += BURN_RAO;
        }
        ns.replace(uid, hotkey, net.block);
        return uid;
    }

    /** The non-immune miner with the lowest incentive in the last epoch; -1 if every miner is immune. */
    private int uidToReplace(Neurons ns) {
        Epochs.Slot slot = ns.epochState();
        int best = -1;
        for (int uid = 1; uid < ns.size(); uid++) {
            if (ns.isValidator(uid) || net.block - ns.registeredBlock(uid) < IMMUNITY_BLOCKS) {
                continue;
            }
            double incentive = slot == null ? 0 : slot.state.incentive(uid);
            if (best < 0 || incentive < (slot == null ? 0 : slot.state.incentive(best))) {
                best = uid;
            }
        }
        return best;
    }
}
