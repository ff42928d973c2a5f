package io.dtaolab.agents;

import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;

/** The read-only chain state an agent may look at: pools, prices, emission, stake, neurons. */
public final class MarketView {
    private final Network net;

    public MarketView(Network net) {
        this.net = net;
    }

    public long block() {
        return net.block();
    }

    public int[] netuids() {
        return net.netuids();
    }

    public boolean exists(int netuid) {
        return net.exists(netuid);
    }

    public double spotPrice(int netuid) {
        return net.spotPrice(netuid);
    }

    public double emaPrice(int netuid) {
        return net.emaPrice(netuid);
    }

    public long taoReserve(int netuid) {
        return net.taoReserve(netuid);
    }

    public long alphaReserve(int netuid) {
        return net.alphaReserve(netuid);
    }

    public double emissionShare(int netuid) {
        return net.emissionShare(netuid);
    }

    public long lastTaoEmission(int netuid) {
        return net.lastTaoEmission(netuid);
    }

    public double flowEma(int netuid) {
        return net.flowEma(netuid);
    }

    public double minerBurned(int netuid) {
        return net.minerBurned(netuid);
    }

    public long blockEmission() {
        return net.blockEmission();
    }

    public long free(int coldkey) {
        return net.free(coldkey);
    }

    public long stake(int coldkey, int hotkey, int netuid) {
        return net.stake(coldkey, hotkey, netuid);
    }

    public long hotkeyStake(int hotkey, int netuid) {
        return net.hotkeyStake(hotkey, netuid);
    }

    public Neurons neurons(int netuid) {
        return net.neurons(netuid);
    }

    public int subnetOwner(int netuid) {
        return net.subnetOwner(netuid);
    }

    public int subnetOwnerHotkey(int netuid) {
        return net.subnetOwnerHotkey(netuid);
    }

    public long lockCost() {
        return net.lockCost();
    }

    /** Alpha a buy would return now after fees, without changing anything. */
    public long quoteBuy(int netuid, long taoRao) {
        return net.quoteBuy(netuid, taoRao);
    }

    /** TAO a sale would return now after fees, without changing anything. */
    public long quoteSell(int netuid, long alphaRao) {
        return net.quoteSell(netuid, alphaRao);
    }

    public String preset() {
        return net.mechanism().name();
    }

    public int tempo() {
        return net.mechanism().tempo();
    }
}
