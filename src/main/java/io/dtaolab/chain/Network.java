package io.dtaolab.chain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The simulated chain: subnets and their pools, accounts, stake, ledger, votes. One writer thread owns it.
 * A block is {@link #beginBlock()} (coinbase, epochs, EMA — the chain's on_initialize), then any extrinsics,
 * then {@link #endBlock()}.
 */
public final class Network {
    final Mechanism mech;
    final Subnets subnets;
    final Accounts accounts = new Accounts();
    final StakeBook stakes;
    final Ledger ledger;
    final PoolOps pools;
    final Votes votes;
    final Coinbase coinbase;
    final Epochs epochs;
    final Staking staking;
    final Lifecycle lifecycle;
    final RootClaims rootClaims;
    final NeuronRegistration neuronRegistration;
    long block;
    int blockAuthor = -1;
    long subnetGeneration;
    int genesisHolder = -1;
    private int[] netuidCache;
    private long netuidCacheCheck = -1;
    final Set<Long> stakedThisBlock = new HashSet<>();

    /** The highest netuid the model holds (its subnet tables are sized by netuid). */
    public static final int MAX_NETUID = 4096;

    public Network(Mechanism mechanism, int subnetCapacity, long initialIssuanceRao) {
        if (subnetCapacity < 2 || subnetCapacity > MAX_NETUID + 1) {
            throw new IllegalArgumentException("subnet capacity must be in [2, " + (MAX_NETUID + 1) + "]");
        }
        mechanism.validate();
        this.mech = mechanism;
        this.subnets = new Subnets(subnetCapacity);
        this.stakes = new StakeBook(subnetCapacity);
        this.ledger = new Ledger(initialIssuanceRao, Math.round(mechanism.totalIssuanceTao() * Rao.PER_TAO));
        this.pools = new PoolOps(mechanism, subnets);
        this.votes = new Votes(subnetCapacity);
        this.coinbase = new Coinbase(this);
        this.epochs = new Epochs(this);
        this.staking = new Staking(this);
        this.lifecycle = new Lifecycle(this);
        this.rootClaims = new RootClaims(this);
        this.neuronRegistration = new NeuronRegistration(this);
        for (int n = 0; n < subnetCapacity; n++) {
            subnets.clear(n);
        }
        subnets.exists[0] = true;
        subnets.stable[0] = true;
    }

    // ---------------------------------------------------------------- block

    /**
     * Called once the world's keys exist, before its first block: sizes the root claims' key tables and fills the
     * subnets' emission cache and the netuid list (the values the first block would compute). A world built in a JVM
     * that already stepped one then takes no first-block or growth branch in the compiled block code (each such
     * branch is a deoptimisation).
     */
    public void prepareBlocks() {
        rootClaims.reserve(accounts.coldkeyCount(), accounts.hotkeyCount());
        for (int n = 0; n < subnets.capacity; n++) {
            if (subnets.exists[n]) {
                subnets.cacheAlphaEmission(n);
            }
        }
        refreshNetuids();
    }

    /** Coinbase, due epochs, the EMA update and the automatic root claims of the next block, as on_initialize runs them. */
    public void beginBlock() {
        block++;
        coinbase.run();
        autoClaimRoot();
    }

    /** Like {@link #beginBlock()} but with a given TAO block emission instead of the issuance schedule (what-if runs, vectors). */
    public void beginBlockWithEmission(long emissionRao) {
        block++;
        coinbase.run(emissionRao);
        autoClaimRoot();
    }

    private void autoClaimRoot() {
        if (mech.rootDividends() == Mechanism.RootDividends.CLAIM) {
            rootClaims.autoClaim();
        }
    }

    /**
     * Sets a subnet's user and protocol flow EMAs so that the next block's share rule sees exactly these values
     * (what-if runs, vectors): the stored values are the ones the next block's EMA step with no flow turns into them.
     */
    public void setFlowEmasSeenNextBlock(int netuid, double userFlowEma, double protocolFlowEma) {
        requireSubnet(netuid);
        double keep = 1 - mech.flowAlpha();
        subnets.flowEma[netuid] = keep == 0 ? 0 : userFlowEma / keep;
        subnets.protocolFlowEma[netuid] = keep == 0 ? 0 : protocolFlowEma / keep;
    }

    /** NetworkRegistrationAllowed: a closed subnet gets no TAO emission (how depends on the era, see Coinbase). */
    public void setRegistrationAllowed(int netuid, boolean allowed) {
        requireSubnet(netuid);
        subnets.registrationAllowed[netuid] = allowed;
    }

    /** Clears per-block extrinsic state (the staking rate limiter). */
    public void endBlock() {
        stakedThisBlock.clear();
    }

    public void step() {
        beginBlock();
        endBlock();
    }

    // ---------------------------------------------------------------- genesis

    /** Creates a funded coldkey; its TAO comes out of the issuance the model does not simulate. */
    public int createColdkey(String label, long openingBalanceRao) {
        ledger.allocate(openingBalanceRao);
        return accounts.newColdkey(label, openingBalanceRao);
    }

    public int createHotkey(String label, int ownerColdkey) {
        return accounts.newHotkey(label, ownerColdkey);
    }

    /**
     * Adds a subnet in its state at the start of the run (from a snapshot or a generator). Its TAO reserve comes
     * from the unsimulated issuance; its outstanding alpha must then be staked with {@link #genesisStake}.
     */
    public void genesisSubnet(SubnetSeed seed) {
        lifecycle.genesis(seed);
        subnetGeneration++;
    }

    /** Genesis stake: alpha (or root TAO on netuid 0) already held by a coldkey on a hotkey when the run starts. */
    public void genesisStake(int coldkey, int hotkey, int netuid, long amount) {
        if (netuid == 0) {
            ledger.allocate(amount);
            subnets.taoReserve[0] += amount;
        } else {
            subnets.alphaOut[netuid] += amount;
        }
        stakes.deposit(coldkey, hotkey, netuid, amount);
        if (netuid == 0) {
            rootClaims.rootStakeAdded(coldkey, hotkey, amount);
        }
    }

    /** Transfers a hotkey to another coldkey, e.g. a subnet owner taking over miners (their incentive is then withheld). */
    public void transferHotkey(int hotkey, int newOwnerColdkey) {
        accounts.transferHotkey(hotkey, newOwnerColdkey);
    }

    public void setNeurons(int netuid, Neurons neurons) {
        requireSubnet(netuid);
        subnets.neurons[netuid] = neurons;
        subnets.scheduleChanged();
    }

    /** The coldkey that receives swap fees (the block author); -1 burns them. */
    public void setBlockAuthor(int coldkey) {
        if (coldkey != -1 && !accounts.isColdkey(coldkey)) {
            throw new IllegalArgumentException("unknown coldkey " + coldkey);
        }
        blockAuthor = coldkey;
    }

    // ---------------------------------------------------------------- extrinsics

    public StakeResult addStake(int coldkey, int hotkey, int netuid, long taoRao, long limitRaoPerAlpha, boolean allowPartial) {
        return staking.add(coldkey, hotkey, netuid, taoRao, limitRaoPerAlpha, allowPartial);
    }

    public StakeResult removeStake(int coldkey, int hotkey, int netuid, long alphaRao, long limitRaoPerAlpha, boolean allowPartial) {
        return staking.remove(coldkey, hotkey, netuid, alphaRao, limitRaoPerAlpha, allowPartial);
    }

    public StakeResult moveStake(int coldkey, int fromHotkey, int fromNetuid, int toHotkey, int toNetuid, long alphaRao) {
        return staking.move(coldkey, fromHotkey, fromNetuid, toHotkey, toNetuid, alphaRao);
    }

    /** Burns (keeps in SubnetAlphaOut) or recycles (lowers it) a coldkey's own alpha. */
    public long destroyAlpha(int coldkey, int hotkey, int netuid, long alphaRao, boolean recycle) {
        return staking.destroyAlpha(coldkey, hotkey, netuid, alphaRao, recycle);
    }

    public void setWeights(int hotkey, int netuid, double[] weights) {
        requireSubnet(netuid);
        Neurons ns = subnets.neurons[netuid];
        int uid = ns == null ? -1 : ns.uidOf(hotkey);
        if (uid < 0) {
            throw new ChainException(ChainError.InvalidWeights, "hotkey " + hotkey + " is not a neuron of subnet " + netuid);
        }
        ns.setWeights(uid, weights, block);
    }

    /**
     * Weights of a background validator (one no agent controls). It stands for the subnet's many real validators,
     * so its row is their stake-weighted aggregate and is kept at full precision instead of on the u16 grid.
     */
    public void setAggregateWeights(int hotkey, int netuid, double[] weights) {
        requireSubnet(netuid);
        Neurons ns = subnets.neurons[netuid];
        int uid = ns == null ? -1 : ns.uidOf(hotkey);
        if (uid < 0) {
            throw new ChainException(ChainError.InvalidWeights, "hotkey " + hotkey + " is not a neuron of subnet " + netuid);
        }
        ns.setWeights(uid, weights, block, false);
    }

    /** Root-vote era: a root validator's weights over subnets (index = netuid). */
    public void setRootWeights(int hotkey, double[] weightsByNetuid) {
        votes.setRootWeights(hotkey, weightsByNetuid);
    }

    /** Holder-vote era: a TAO holder's delegation over subnets (index = netuid). */
    public void setHolderVote(int coldkey, double[] weightsByNetuid) {
        votes.setHolderVote(coldkey, weightsByNetuid);
    }

    /** claim_root: the coldkey claims its root dividends on every subnet where it is owed at least the threshold. */
    public void claimRoot(int coldkey) {
        if (!accounts.isColdkey(coldkey)) {
            throw new IllegalArgumentException("unknown coldkey " + coldkey);
        }
        rootClaims.claim(coldkey);
    }

    /** set_root_claim_type: Keep stakes claimed alpha on its subnet; Swap (the default) sells it for root stake. */
    public void setRootClaimKeep(int coldkey, boolean keep) {
        if (!accounts.isColdkey(coldkey)) {
            throw new IllegalArgumentException("unknown coldkey " + coldkey);
        }
        rootClaims.setKeep(coldkey, keep);
    }

    public boolean rootClaimKeep(int coldkey) {
        return rootClaims.keeps(coldkey);
    }

    /** Root alpha dividend a coldkey could claim now on a subnet through a hotkey. */
    public long rootOwed(int coldkey, int hotkey, int netuid) {
        return rootClaims.owed(coldkey, hotkey, netuid);
    }

    /** Alpha of a subnet credited to root stakers and not yet claimed (part of SubnetAlphaOut). */
    public long rootUnclaimed(int netuid) {
        return rootClaims.unclaimed(netuid);
    }

    /** burned_register: the coldkey burns TAO to give its hotkey a miner uid on the subnet; returns the uid. */
    public int burnRegisterNeuron(int coldkey, int hotkey, int netuid) {
        return neuronRegistration.register(coldkey, hotkey, netuid);
    }

    public RegistrationResult registerSubnet(int coldkey, int hotkey) {
        return lifecycle.register(coldkey, hotkey);
    }

    // ---------------------------------------------------------------- reads

    public Mechanism mechanism() {
        return mech;
    }

    public long block() {
        return block;
    }

    public int capacity() {
        return subnets.capacity;
    }

    public boolean exists(int netuid) {
        return netuid >= 0 && netuid < subnets.capacity && subnets.exists[netuid];
    }

    /** Existing non-root netuids in ascending order (a copy the caller may keep or change). */
    public int[] netuids() {
        return currentNetuids().clone();
    }

    /** How many subnets exist (root excluded); with {@link #netuidAt} a walk over {@link #netuids()} without the copy. */
    public int netuidCount() {
        return currentNetuids().length;
    }

    /** The {@code i}-th existing non-root netuid in ascending order, 0 ≤ i < {@link #netuidCount()}. */
    public int netuidAt(int i) {
        return currentNetuids()[i];
    }

    private int[] currentNetuids() {
        if (netuidCache == null || netuidCacheCheck != subnetSetChecksum()) {
            refreshNetuids();
        }
        return netuidCache;
    }

    private void refreshNetuids() {
        List<Integer> ids = new ArrayList<>();
        for (int n = 1; n < subnets.capacity; n++) {
            if (subnets.exists[n]) {
                ids.add(n);
            }
        }
        netuidCache = ids.stream().mapToInt(Integer::intValue).toArray();
        netuidCacheCheck = subnetSetChecksum();
    }

    /** Changes whenever a subnet is added, dissolved or re-registered. */
    private long subnetSetChecksum() {
        return lifecycle.registrations() * 1_000_003L + subnetGeneration;
    }

    public double spotPrice(int netuid) {
        return pools.spot(netuid);
    }

    public double emaPrice(int netuid) {
        return subnets.ema[netuid];
    }

    public long taoReserve(int netuid) {
        return subnets.taoReserve[netuid];
    }

    public long alphaReserve(int netuid) {
        return subnets.alphaIn[netuid];
    }

    public long alphaOutstanding(int netuid) {
        return subnets.alphaOut[netuid];
    }

    public long quoteWeight(int netuid) {
        return subnets.quoteWeight[netuid];
    }

    public double flowEma(int netuid) {
        return subnets.flowEma[netuid];
    }

    /**
     * Warm start of a subnet's flow EMAs (user and protocol flow, RAO per block): the lab sets them to the steady
     * state of the flows its honest population produced in a warm-up; the chain itself never does this.
     */
    public void warmFlowEmas(int netuid, double userFlowEma, double protocolFlowEma) {
        subnets.flowEma[netuid] = userFlowEma;
        subnets.protocolFlowEma[netuid] = protocolFlowEma;
    }

    public double protocolFlowEma(int netuid) {
        return subnets.protocolFlowEma[netuid];
    }

    public double minerBurned(int netuid) {
        return subnets.minerBurned[netuid];
    }

    /** SubnetEmissionEnabled: whether the subnet may receive a TAO emission share (eras that honour the switch). */
    public boolean emissionEnabled(int netuid) {
        return subnets.emissionEnabled[netuid];
    }

    /** Share of this block's TAO emission the subnet received. */
    public double emissionShare(int netuid) {
        return subnets.share[netuid];
    }

    public long lastTaoEmission(int netuid) {
        return subnets.lastTaoEmission[netuid];
    }

    public long lastTaoIn(int netuid) {
        return subnets.lastTaoIn[netuid];
    }

    public long lastChainBuyTao(int netuid) {
        return subnets.lastChainBuyTao[netuid];
    }

    public long volume(int netuid) {
        return subnets.volume[netuid];
    }

    public long registeredBlock(int netuid) {
        return subnets.registeredBlock[netuid];
    }

    public int subnetOwner(int netuid) {
        return subnets.ownerColdkey[netuid];
    }

    public int subnetOwnerHotkey(int netuid) {
        return subnets.ownerHotkey[netuid];
    }

    public Neurons neurons(int netuid) {
        return subnets.neurons[netuid];
    }

    public long free(int coldkey) {
        return accounts.free(coldkey);
    }

    public long stake(int coldkey, int hotkey, int netuid) {
        return stakes.stake(coldkey, hotkey, netuid);
    }

    /**
     * Whether the coldkey owns shares of the hotkey's pool on the subnet: a stake that reads 0 can still be dust shares
     * (worth less than one unit now) that dividends may lift; without shares it stays 0 until a deposit to it.
     */
    public boolean holdsShares(int coldkey, int hotkey, int netuid) {
        return stakes.holdsShares(coldkey, hotkey, netuid);
    }

    /**
     * Every position the coldkey holds shares of, valued now, in one pass ({@link StakeRow}: ascending netuid, then
     * hotkey); cheaper than a {@link #stake} read per position when a reader wants most of them.
     */
    public void stakesOf(int coldkey, StakeRow into) {
        stakes.stakesOf(coldkey, into);
    }

    /**
     * The coldkey's stake in the positions asked for, in one pass over its row: for each position (netuid n,
     * hotkeys[askedAt[n] - 1]) with askedAt[n] > 0 it holds shares of, out[askedAt[n] - 1] = {@link #stake}; the
     * other entries of {@code out} stay as they are.
     */
    public void stakesAt(int coldkey, int[] askedAt, int[] hotkeys, long[] out) {
        stakes.stakesAt(coldkey, askedAt, hotkeys, out);
    }

    /**
     * A count that rises whenever the coldkey gains a position ({@link #stakesOf} grows by one); while it stays the
     * same, every position the coldkey holds shares of is one it held when the count was read.
     */
    public int positionEntries(int coldkey) {
        return stakes.entries(coldkey);
    }

    public long hotkeyStake(int hotkey, int netuid) {
        return stakes.hotkeyStake(hotkey, netuid);
    }

    public int hotkeyOwner(int hotkey) {
        return accounts.owner(hotkey);
    }

    /** The coldkey holding the stake present at genesis (holders the run does not model as agents); -1 if none. */
    public int genesisHolder() {
        return genesisHolder;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Ledger ledger() {
        return ledger;
    }

    public long blockEmission() {
        return BlockEmission.forIssuance(ledger.issuance());
    }

    public long lockCost() {
        return lifecycle.lockCost();
    }

    /** Alpha a buy of {@code taoRao} would return now, after fees (no state change); 0 if refused. */
    public long quoteBuy(int netuid, long taoRao) {
        try {
            return staking.quoteBuy(netuid, taoRao);
        } catch (ChainException e) {
            return 0;
        }
    }

    /** TAO a sale of {@code alphaRao} would return now, after fees (no state change); 0 if refused. */
    public long quoteSell(int netuid, long alphaRao) {
        try {
            return staking.quoteSell(netuid, alphaRao);
        } catch (ChainException e) {
            return 0;
        }
    }

    void requireSubnet(int netuid) {
        if (!exists(netuid)) {
            throw new ChainException(ChainError.SubnetNotExists, "netuid " + netuid);
        }
    }

    /** Visits every stake position with a non-zero amount, root (TAO) first; for run accounting, not hot paths. */
    public void forEachStake(StakeVisitor visitor) {
        for (int n = 0; n < subnets.capacity; n++) {
            if (!subnets.exists[n]) {
                continue;
            }
            for (long[] p : stakes.positions(n)) {
                if (p[2] != 0) {
                    visitor.visit((int) p[0], (int) p[1], n, p[2]);
                }
            }
        }
    }

    /** A stake position seen by {@link #forEachStake}: alpha (TAO on root) held by a coldkey behind a hotkey. */
    @FunctionalInterface
    public interface StakeVisitor {
        void visit(int coldkey, int hotkey, int netuid, long amount);
    }

    /**
     * Alpha the protocol holds on a subnet: its pool position, emission pots and root dividends not yet paid out,
     * the v3 LP fee alpha and the coinbase's flooring dust (in SubnetAlphaOut, owned by nobody).
     */
    public long protocolAlpha(int netuid) {
        Subnets s = subnets;
        return s.protocolAlpha[netuid] + s.pendingServer[netuid] + s.pendingValidator[netuid]
                + s.pendingRootAlpha[netuid] + s.pendingOwnerCut[netuid] + rootClaims.unclaimed(netuid)
                + s.alphaDust[netuid] + s.lpFeeAlpha[netuid];
    }

    /** v3 era: swap fees in TAO held in the fee accounts for the liquidity providers (outside the reserves). */
    public long lpFeeTao(int netuid) {
        return subnets.lpFeeTao[netuid];
    }

    /** Σ of every hotkey pool on a subnet (root: TAO); holders' floored shares may add up to a few RAO less. */
    public long stakedTotal(int netuid) {
        return stakes.stakedTotal(netuid);
    }

    public long alphaBurned(int netuid) {
        return subnets.alphaBurned[netuid];
    }

    /** TAO from root sells waiting for the next epoch (launch era). */
    public long pendingRootTao(int netuid) {
        return subnets.pendingRootTao[netuid];
    }

    /** The coldkey that collects block-author fees, or -1 (fees are then burned). */
    public int blockAuthor() {
        return blockAuthor;
    }

    /** Checks the ledger identities (TAO and per-subnet alpha); returns a description of each violation. */
    public List<String> invariantViolations() {
        return Invariants.check(this);
    }

    /** Hash of the chain-level state (subnets, ledger, Σ free balances): cheap, taken every tempo. */
    public long chainStateHash() {
        return StateHash.ofChain(this);
    }

    /** Hash of the whole model state, for determinism checks. */
    public long stateHash() {
        return StateHash.of(this);
    }
}
