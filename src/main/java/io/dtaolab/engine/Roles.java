package io.dtaolab.engine;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.SetupContext;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Role hand-out at setup: each hotkey goes to at most one agent. A controlled validator is handed to the
 * agent's coldkey (it signs the validator's weights and receives its take); the subnet owner's coldkey is
 * added to the agent's keys.
 */
final class Roles implements SetupContext {
    private final Network net;
    private final int[] controlled;
    private final MarketView view;
    private Agent agent;
    private int agentIndex;
    private boolean genesisHoldersTaken;

    Roles(Network net, int[] controlled) {
        this.net = net;
        this.controlled = controlled;
        this.view = new MarketView(net);
    }

    void take(List<Agent> agents, int index) {
        agent = agents.get(index);
        agentIndex = index;
        agent.setup(this);
    }

    @Override
    public int controlSubnetOwner(int netuid) {
        int owner = net.subnetOwner(netuid);
        if (owner < 0) {
            throw new IllegalArgumentException("subnet " + netuid + " has no owner");
        }
        agent.grantColdkeys(owner);
        mark(net.subnetOwnerHotkey(netuid));
        return owner;
    }

    @Override
    public int[] controlValidators(int netuid, int count) {
        Neurons ns = net.neurons(netuid);
        if (ns == null) {
            return new int[0];
        }
        int[] picked = IntStream.range(1, ns.size())
                .filter(u -> ns.isValidator(u) && !isControlled(ns.hotkey(u)))
                .boxed()
                .sorted(Comparator.comparingLong((Integer u) -> -net.hotkeyStake(ns.hotkey(u), netuid)).thenComparing(u -> u))
                .limit(Math.max(0, count))
                .mapToInt(u -> ns.hotkey(u))
                .toArray();
        for (int hk : picked) {
            mark(hk);
            net.transferHotkey(hk, agent.coldkey());
        }
        return picked;
    }

    @Override
    public int[] ownerMiners(int netuid, int count) {
        Neurons ns = net.neurons(netuid);
        int owner = net.subnetOwner(netuid);
        if (ns == null || owner < 0) {
            return new int[0];
        }
        int[] uids = IntStream.range(1, ns.size()).filter(u -> !ns.isValidator(u)).limit(Math.max(0, count)).toArray();
        for (int u : uids) {
            net.transferHotkey(ns.hotkey(u), owner);
        }
        return uids;
    }

    @Override
    public int[] controlMiners(int netuid) {
        Neurons ns = net.neurons(netuid);
        int owner = net.subnetOwner(netuid);
        if (ns == null) {
            return new int[0];
        }
        int[] hotkeys = IntStream.range(1, ns.size()).map(ns::hotkey)
                .filter(hk -> !isValidator(ns, hk) && !isControlled(hk) && net.hotkeyOwner(hk) != owner).toArray();
        for (int hk : hotkeys) {
            mark(hk);
        }
        int[] coldkeys = IntStream.of(hotkeys).map(net::hotkeyOwner).distinct().toArray();
        agent.grantColdkeys(coldkeys);
        return coldkeys;
    }

    private static boolean isValidator(Neurons ns, int hotkey) {
        int uid = ns.uidOf(hotkey);
        return uid >= 0 && ns.isValidator(uid);
    }

    @Override
    public int controlGenesisHolders() {
        int holders = net.genesisHolder();
        if (holders < 0 || genesisHoldersTaken) {
            return -1;
        }
        genesisHoldersTaken = true;
        agent.grantColdkeys(holders);
        return holders;
    }

    @Override
    public int[] rootValidators(int count) {
        List<Integer> hotkeys = new ArrayList<>();
        for (int hk = 0; hk < net.accounts().hotkeyCount(); hk++) {
            if (net.hotkeyStake(hk, 0) > 0 && !isControlled(hk)) {
                hotkeys.add(hk);
            }
        }
        hotkeys.sort(Comparator.comparingLong((Integer hk) -> -net.hotkeyStake(hk, 0)).thenComparing(hk -> hk));
        int[] picked = hotkeys.stream().limit(Math.max(0, count)).mapToInt(Integer::intValue).toArray();
        for (int hk : picked) {
            mark(hk);
            net.transferHotkey(hk, agent.coldkey());
        }
        return picked;
    }

    @Override
    public MarketView view() {
        return view;
    }

    private boolean isControlled(int hotkey) {
        return hotkey < controlled.length && controlled[hotkey] >= 0;
    }

    private void mark(int hotkey) {
        if (hotkey >= 0 && hotkey < controlled.length) {
            controlled[hotkey] = agentIndex;
        }
    }
}
