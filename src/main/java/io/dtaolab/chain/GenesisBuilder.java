package io.dtaolab.chain;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a network at the start of a run: subnets from seeds, each with an owner, a few validators and miners,
 * its outstanding alpha staked on the validators, and root stake spread over the validators. Validators open
 * with weights over the miners given by {@code minerQuality}, so epochs pay out from the first tempo.
 */
public final class GenesisBuilder {
    private static final String ROOT_HOLDER_LABEL = "root-holder";
    private final Mechanism mechanism;
    private final int capacity;
    private final long initialIssuanceRao;
    private final List<SubnetPlan> plans = new ArrayList<>();
    private long rootStakeRao;
    private int rootHolders = 1;
    private double rootKeepShare;
    private int validators = 4;
    private int miners = 8;
    private long startBlock;

    /** One subnet to create: its pool state and the alpha its holders stake at genesis. */
    public record SubnetPlan(int netuid, long taoReserveRao, long alphaReserveRao, long stakedAlphaRao,
                             long alphaBurnedRao, double emaPrice, double minerBurned, long registeredBlock,
                             double[] minerQuality, boolean started) {
    }

    public GenesisBuilder(Mechanism mechanism, int capacity, long initialIssuanceRao) {
        this.mechanism = mechanism;
        this.capacity = capacity;
        this.initialIssuanceRao = initialIssuanceRao;
    }

    public GenesisBuilder neurons(int validatorsPerSubnet, int minersPerSubnet) {
        if (validatorsPerSubnet < 1 || minersPerSubnet < 1) {
            throw new IllegalArgumentException("need at least one validator and one miner per subnet");
        }
        this.validators = validatorsPerSubnet;
        this.miners = minersPerSubnet;
        return this;
    }

    /** Block number the run starts at (e.g. the snapshot's state block), so subnet ages are real. */
    public GenesisBuilder startBlock(long block) {
        this.startBlock = block;
        return this;
    }

    public GenesisBuilder rootStake(long rao) {
        this.rootStakeRao = rao;
        return this;
    }

    /**
     * Root stake is held by {@code holders} coldkeys (1: the genesis treasury), each on one validator, round-robin;
     * a {@code keepShare} of them, spread evenly, have root claim type Keep. The count sets how often the chain's
     * automatic claims reach each holder (a few coldkeys per block).
     */
    public GenesisBuilder rootHolders(int holders, double keepShare) {
        if (holders < 1 || !(keepShare >= 0 && keepShare <= 1)) {
            throw new IllegalArgumentException("need ≥ 1 root holder and a keep share in [0, 1]");
        }
        this.rootHolders = holders;
        this.rootKeepShare = keepShare;
        return this;
    }

    public GenesisBuilder subnet(SubnetPlan plan) {
        plans.add(plan);
        return this;
    }

    public Network build() {
        Network net = new Network(mechanism, capacity, initialIssuanceRao);
        net.block = startBlock;
        int treasury = net.createColdkey("genesis-holders", 0);
        net.genesisHolder = treasury;
        List<Integer> allValidators = new ArrayList<>();
        for (SubnetPlan p : plans) {
            int owner = net.createColdkey("owner-" + p.netuid(), 0);
            int ownerHot = net.createHotkey("owner-hot-" + p.netuid(), owner);
            net.genesisSubnet(new SubnetSeed(p.netuid(), false, p.taoReserveRao(), p.alphaReserveRao(), p.alphaBurnedRao(),
                    0, p.emaPrice(), p.minerBurned(), p.registeredBlock(), p.started() ? Math.min(startBlock, p.registeredBlock()) + 1 : 0, true,
                    owner, ownerHot, 0));
            int size = 1 + validators + miners;
            int[] hotkeys = new int[size];
            boolean[] isValidator = new boolean[size];
            hotkeys[0] = ownerHot;
            isValidator[0] = true;
            for (int v = 1; v <= validators; v++) {
                int vc = net.createColdkey("validator-" + p.netuid() + "-" + v, 0);
                hotkeys[v] = net.createHotkey("validator-hot-" + p.netuid() + "-" + v, vc);
                isValidator[v] = true;
                allValidators.add(hotkeys[v]);
            }
            for (int mi = 0; mi < miners; mi++) {
                int mc = net.createColdkey("miner-" + p.netuid() + "-" + mi, 0);
                hotkeys[1 + validators + mi] = net.createHotkey("miner-hot-" + p.netuid() + "-" + mi, mc);
            }
            Neurons ns = new Neurons(hotkeys, isValidator, Math.min(startBlock, p.registeredBlock()));
            net.setNeurons(p.netuid(), ns);
            long perValidator = p.stakedAlphaRao() / validators;
            for (int v = 1; v <= validators; v++) {
                long amount = v == validators ? p.stakedAlphaRao() - perValidator * (validators - 1) : perValidator;
                net.genesisStake(treasury, hotkeys[v], p.netuid(), amount);
            }
            double[] row = validatorRow(p, size);
            for (int v = 1; v <= validators; v++) {
                ns.setWeights(v, row, startBlock, false);
            }
        }
        if (rootStakeRao > 0 && !allValidators.isEmpty()) {
            stakeRoot(net, treasury, allValidators);
        }
        return net;
    }

    private void stakeRoot(Network net, int treasury, List<Integer> validatorHotkeys) {
        int holders = Math.max(rootHolders, validatorHotkeys.size());
        long each = rootStakeRao / holders;
        for (int i = 0; i < holders; i++) {
            long amount = i == holders - 1 ? rootStakeRao - each * (holders - 1) : each;
            int holder = treasury;
            if (rootHolders > 1) {
                holder = net.createColdkey(ROOT_HOLDER_LABEL, 0);
                if (Math.floor((i + 1) * rootKeepShare) > Math.floor(i * rootKeepShare)) {
                    net.setRootClaimKeep(holder, true);
                }
            }
            net.genesisStake(holder, validatorHotkeys.get(i % validatorHotkeys.size()), 0, amount);
        }
    }

    /**
     * The genesis validators' row: the withheld share {@code minerBurned} on the owner hotkey (uid 0), whose
     * incentive the chain burns and counts in MinerBurned, and the rest over the miners by quality. Every
     * validator sets the same row, so consensus clips nothing and each epoch reproduces the subnet's burn.
     */
    private double[] validatorRow(SubnetPlan p, int size) {
        double withheld = Math.min(Math.max(p.minerBurned(), 0), 1);
        double[] row = new double[size];
        double qualitySum = 0;
        for (int mi = 0; mi < miners; mi++) {
            double q = p.minerQuality() != null && mi < p.minerQuality().length ? Math.max(0, p.minerQuality()[mi]) : 1.0;
            row[1 + validators + mi] = q;
            qualitySum += q;
        }
        if (qualitySum == 0 || withheld == 1) {
            java.util.Arrays.fill(row, 0);
            row[0] = withheld > 0 ? 1 : 0;
            return row;
        }
        for (int mi = 0; mi < miners; mi++) {
            row[1 + validators + mi] *= (1 - withheld) / qualitySum;
        }
        row[0] = withheld;
        return row;
    }
}
