package io.dtaolab.agents.honest;

import io.dtaolab.agents.Signals;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;
import java.util.Arrays;

/**
 * The honest background: every validator (and, under the pre-dTAO rules, every root validator and the holders the
 * run does not model) that no strategy agent controls. Each tempo they score their subnet's miners by hidden
 * quality, with the subnet's withheld share on the owner hotkey as its validator code does; root validators and the
 * genesis holder vote their honest reading of subnet quality. The world calls {@link #vote} at each tempo boundary,
 * before agents act, and the votes take effect at once: this is the chain's background, not a mempool participant,
 * so it never shifts the in-block order of the agents' extrinsics. It draws no random numbers.
 */
public final class BackgroundValidators {
    /** Where the background's votes go (the chain, plus whatever watches it), and which hotkeys it leaves alone. */
    public interface Ballot {
        /** True for hotkeys a strategy agent votes with. */
        boolean controlled(int hotkey);

        void minerWeights(int hotkey, int netuid, double[] row);

        void rootWeights(int hotkey, double[] weightsByNetuid);

        void holderVote(int coldkey, double[] weightsByNetuid);
    }

    private final Signals signals;

    public BackgroundValidators(Signals signals) {
        this.signals = signals;
    }

    /** One tempo's votes of every uncontrolled validator on {@code net} (read only; writes go to {@code ballot}). */
    public void vote(Network net, Ballot ballot) {
        Mechanism.ShareRule rule = net.mechanism().shareRule();
        if (rule == Mechanism.ShareRule.ROOT_VOTE) {
            double[] w = qualityVote(net);
            for (int hk = 0; hk < net.accounts().hotkeyCount(); hk++) {
                if (!ballot.controlled(hk) && net.hotkeyStake(hk, 0) > 0) {
                    ballot.rootWeights(hk, w);
                }
            }
        } else if (rule == Mechanism.ShareRule.HOLDER_VOTE && net.genesisHolder() >= 0) {
            ballot.holderVote(net.genesisHolder(), qualityVote(net));
        }
        for (int n : net.netuids()) {
            Neurons ns = net.neurons(n);
            if (ns == null) {
                continue;
            }
            double[] row = null;
            for (int uid = 1; uid < ns.size(); uid++) {
                int hk = ns.hotkey(uid);
                if (!ns.isValidator(uid) || ballot.controlled(hk)) {
                    continue;
                }
                if (row == null) {
                    row = minerWeights(n, ns);
                }
                ballot.minerWeights(hk, n, row);
            }
        }
    }

    /** The subnet's withheld share on the owner hotkey, the rest over the miners by quality. */
    private double[] minerWeights(int n, Neurons ns) {
        double[] row = new double[ns.size()];
        double sum = 0;
        for (int m = 1; m < ns.size(); m++) {
            row[m] = ns.isValidator(m) ? 0 : signals.minerQuality(n, m);
            sum += row[m];
        }
        double withheld = signals.ownerWeightShare(n);
        if (withheld >= 1 || sum == 0) {
            Arrays.fill(row, 0);
            row[0] = withheld > 0 ? 1 : 0;
            return row;
        }
        for (int m = 1; m < ns.size(); m++) {
            row[m] *= (1 - withheld) / sum;
        }
        row[0] = withheld;
        return row;
    }

    private double[] qualityVote(Network net) {
        double[] w = new double[net.capacity()];
        for (int n : net.netuids()) {
            w[n] = signals.quality(n);
        }
        return w;
    }
}
