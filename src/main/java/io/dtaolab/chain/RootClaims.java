package io.dtaolab.chain;

import io.dtaolab.chain.pool.Uint128;
import java.util.Arrays;

/**
 * Lazy root-dividend claims (dtao-mechanics.md §2.8 step 6; subtensor {@code staking/claim_root.rs}). An epoch's
 * root alpha dividend raises the hotkey's claimable rate per root-staked RAO ({@code RootClaimable}, I96F32); a
 * coldkey may claim rate·its root stake − what it already claimed ({@code RootClaimed}). Claims below the threshold
 * are skipped. Claim type Swap sells the alpha fee-less and adds the TAO to the coldkey's root stake; Keep stakes
 * the alpha on the subnet. Each block, after the EMA update, a few coldkeys picked from the parent block hash
 * among those holding root stake are claimed ({@code run_auto_claim_root_divs}). Unclaimed alpha stays in
 * SubnetAlphaOut and is counted here, so the alpha identity stays exact.
 */
final class RootClaims {
    /** NumRootClaim default: coldkeys auto-claimed per block. */
    static final int CLAIMS_PER_BLOCK = 5;
    /** RootClaimableThreshold default (alpha RAO): smaller amounts owed are not claimed. */
    static final long THRESHOLD_RAO = 500_000L;
    private static final int FRACTION_BITS = 32;

    private final Network net;
    private final Subnets s;
    /**
     * By hotkey (null: never credited): at {@link #CREDITED_AT} the credit count at its last credit, then from
     * {@link #RATES_FROM} its claimable alpha per root-staked RAO (I96F32 raw bits) by netuid as {@link NetuidValues}
     * (a netuid keeps its pair when a dissolution zeroes its rate, so readers skip zero rates). A claim reads all it
     * needs of its hotkey here, in one or two cache lines.
     */
    private long[][] hotkeyRates = new long[0][];
    private static final int CREDITED_AT = 0;
    private static final int RATES_FROM = 1;
    /**
     * RootClaimed: alpha already claimed (or written off at stake changes), by coldkey, then by the hotkey's position
     * in {@link #rootHotkeys} of that coldkey, by netuid as {@link NetuidValues}; null where nothing was ever recorded.
     * Position 0 (most coldkeys stake on root through one hotkey) is in the coldkey's {@link #coldkeyRecords}.
     */
    private long[][][] claimed = new long[0][][];
    private static final long[] NO_VALUES = new long[0];
    /** Alpha credited and not yet claimed, by netuid; still in SubnetAlphaOut. */
    private long[] unclaimed;
    /** StakingColdkeysByIndex: coldkeys holding root stake, dense, swap-removed; positions by coldkey (−1: none). */
    private int[] index = new int[64];
    private int indexed;
    private int[] positionInIndex = new int[0];
    /** coldkey → hotkeys it staked on root, in first-stake order (StakingHotkeys); null if none. */
    private int[][] rootHotkeys = new int[0][];
    /**
     * By coldkey, all a claim reads about it in one array (the picked coldkeys are scattered, and each array of its own
     * was a cache miss of its own); null: nothing recorded (nothing claimed, no root hotkey, Swap). At {@link #SINCE}
     * the credit count at its last claim; at {@link #INFO} its root hotkey if it has exactly one, else −1 (a claim
     * needs no look at {@link #rootHotkeys}), in the low 32 bits, and whether it Keeps in bit {@link #KEEP_BIT}; from
     * {@link #CLAIMED_FROM} its RootClaimed through its first root hotkey as {@link NetuidValues}.
     */
    private long[][] coldkeyRecords = new long[0][];
    private static final int SINCE = 0;
    private static final int INFO = 1;
    private static final int CLAIMED_FROM = 2;
    private static final int KEEP_BIT = 32;
    private static final long SOLE_MASK = 0xFFFF_FFFFL;
    /** No sole root hotkey, Swap: a new record's {@link #INFO}. */
    private static final long NO_SOLE = SOLE_MASK;
    /** Credits so far (per hotkey the count at its last credit is in {@link #hotkeyRates}, per coldkey in {@link #coldkeyRecords}). */
    private long credits;
    /** The hotkey of each of the last CREDIT_LOG credits, by credit number modulo CREDIT_LOG. */
    private static final int CREDIT_LOG = 1024;
    private final int[] creditLog = new int[CREDIT_LOG];
    /** hotkey → its root stakers as (coldkey, position of the hotkey in that coldkey's root hotkeys) pairs. */
    private int[][] stakersOf = new int[0][];
    /** Scratch of {@link #creditedPositions}. */
    private int[] positions = new int[16];
    /** Scratch of {@link #autoClaim}: the indices the block hash picks. */
    private final long[] pickedScratch = new long[CLAIMS_PER_BLOCK];
    /** What {@link #autoClaim}'s cache-warming reads summed to: kept only so the reads are not optimised away. */
    private long touched;

    RootClaims(Network net) {
        this.net = net;
        this.s = net.subnets;
        this.unclaimed = new long[s.capacity];
    }

    /**
     * Sizes the by-coldkey and by-hotkey tables for the keys a world starts with. The tables grow on demand anyway;
     * sized here, a new world in a JVM that already ran one does not take the growth branches its compiled claim
     * code left out (each such branch is a deoptimisation of the block loop's chain code).
     */
    void reserve(int coldkeys, int hotkeys) {
        coldkeyRecords = Arrays.copyOf(coldkeyRecords, Math.max(coldkeys, coldkeyRecords.length));
        claimed = Arrays.copyOf(claimed, Math.max(coldkeys, claimed.length));
        rootHotkeys = Arrays.copyOf(rootHotkeys, Math.max(coldkeys, rootHotkeys.length));
        positionInIndex = widenedWithNone(positionInIndex, coldkeys);
        hotkeyRates = Arrays.copyOf(hotkeyRates, Math.max(hotkeys, hotkeyRates.length));
        stakersOf = Arrays.copyOf(stakersOf, Math.max(hotkeys, stakersOf.length));
    }

    /** {@code a} at least {@code n} long, new slots −1. */
    private static int[] widenedWithNone(int[] a, int n) {
        if (n <= a.length) {
            return a;
        }
        int[] w = Arrays.copyOf(a, n);
        Arrays.fill(w, a.length, n, -1);
        return w;
    }

    /** increase_root_claimable_for_hotkey_and_subnet: an epoch's root dividend (after take) for a hotkey. */
    void credit(int netuid, int hotkey, long alpha) {
        if (alpha <= 0) {
            return;
        }
        long total = net.stakes.hotkeyStake(hotkey, 0);
        if (alpha > total) {
            // the chain's "not enough root stake" branch: the owner gets it as subnet stake
            net.stakes.deposit(net.accounts.owner(hotkey), hotkey, netuid, alpha);
            return;
        }
        if (hotkey >= hotkeyRates.length) {
            hotkeyRates = Arrays.copyOf(hotkeyRates, Math.max(hotkey + 1, hotkeyRates.length * 2));
        }
        long[] r = hotkeyRates[hotkey];
        if (r == null) {
            r = new long[RATES_FROM];
        }
        r = NetuidValues.with(r, RATES_FROM, netuid, NetuidValues.get(r, RATES_FROM, netuid) + rateIncrement(alpha, total));
        unclaimed()[netuid] += alpha;
        credits++;
        creditLog[(int) (credits % CREDIT_LOG)] = hotkey;
        r[CREDITED_AT] = credits;
        hotkeyRates[hotkey] = r;
    }

    /** floor(alpha·2^32 / total), the I96F32 claimable rate an alpha dividend adds, for 0 < alpha ≤ total. */
    static long rateIncrement(long alpha, long total) {
        return Uint128.divide(alpha >>> (64 - FRACTION_BITS), alpha << FRACTION_BITS, total);
    }

    /** run_auto_claim_root_divs: claims for the coldkeys the parent block hash picks. */
    void autoClaim() {
        if (indexed == 0) {
            return;
        }
        int picked = blockHashToIndices(net.block - 1, CLAIMS_PER_BLOCK, indexed, pickedScratch);
        // the picked coldkeys' records, stake rows and hotkey rates are scattered and seldom in the cache: read them
        // all first, so their misses overlap instead of each claim waiting for its own (the claims read them again)
        long touched = 0;
        for (int i = 0; i < picked; i++) {
            int coldkey = index[(int) pickedScratch[i]];
            long[] record = recordOf(coldkey);
            if (record != null) {
                int sole = (int) (record[INFO] & SOLE_MASK);
                long[] r = sole >= 0 ? ratesOf(sole) : null; // a validator's rates: hundreds of them, one line each
                touched += record[SINCE] + (r == null ? 0 : r[CREDITED_AT]);
            }
            touched += net.stakes.touchPositions(coldkey);
        }
        this.touched = touched;
        for (int i = 0; i < picked; i++) {
            claimAll(index[(int) pickedScratch[i]]);
        }
    }

    /** claim_root: a coldkey claims on every subnet it is owed on (threshold applies). */
    void claim(int coldkey) {
        addToIndex(coldkey);
        claimAll(coldkey);
    }

    void setKeep(int coldkey, boolean keep) {
        addToIndex(coldkey);
        long[] record = recordOrNew(coldkey);
        record[INFO] = keep ? record[INFO] | 1L << KEEP_BIT : record[INFO] & ~(1L << KEEP_BIT);
    }

    boolean keeps(int coldkey) {
        long[] record = recordOf(coldkey);
        return record != null && (record[INFO] >>> KEEP_BIT & 1) != 0;
    }

    /** The coldkey's {@link #coldkeyRecords} (null: nothing recorded). */
    private long[] recordOf(int coldkey) {
        return coldkey < coldkeyRecords.length ? coldkeyRecords[coldkey] : null;
    }

    /** The coldkey's {@link #coldkeyRecords}, created (nothing claimed, no sole root hotkey, Swap) if none. */
    private long[] recordOrNew(int coldkey) {
        if (coldkey >= coldkeyRecords.length) {
            coldkeyRecords = Arrays.copyOf(coldkeyRecords, Math.max(coldkey + 1, coldkeyRecords.length * 2));
        }
        long[] record = coldkeyRecords[coldkey];
        if (record == null) {
            record = new long[] {0, NO_SOLE};
            coldkeyRecords[coldkey] = record;
        }
        return record;
    }

    /** Root stake added to (hotkey, coldkey): past dividends are not owed on it. */
    void rootStakeAdded(int coldkey, int hotkey, long tao) {
        rootStakeAdded(coldkey, hotkey, rememberRootHotkey(coldkey, hotkey), tao);
    }

    /** {@link #rootStakeAdded(int, int, long)} through the hotkey at {@code position} of the coldkey's root hotkeys. */
    private void rootStakeAdded(int coldkey, int hotkey, int position, long tao) {
        addToIndex(coldkey);
        claimedAfterStakeAdded(coldkey, hotkey, position, tao);
    }

    /** What a root stake added through the hotkey at {@code position} is not owed (the coldkey is indexed already). */
    private void claimedAfterStakeAdded(int coldkey, int hotkey, int position, long tao) {
        long[] r = ratesOf(hotkey);
        if (r == null || tao <= 0) {
            return;
        }
        long[] c = claimedValues(coldkey, position);
        int from = claimedFrom(position);
        for (int i = RATES_FROM; i < r.length; i += 2) {
            int n = (int) r[i];
            if (n > 0 && r[i + 1] != 0) {
                c = NetuidValues.with(c, from, n, NetuidValues.get(c, from, n) + mulRate(r[i + 1], tao));
            }
        }
        setClaimedValues(coldkey, position, c);
    }

    /** Root stake removed from (hotkey, coldkey): what was owed on it stays owed (saturating at 0 claimed). */
    void rootStakeRemoved(int coldkey, int hotkey, long tao) {
        long[] r = ratesOf(hotkey);
        int position = stakerPosition(hotkey, coldkey);
        if (r != null && tao > 0 && position >= 0) {
            long[] c = claimedValues(coldkey, position);
            int from = claimedFrom(position);
            for (int i = RATES_FROM; i < r.length; i += 2) {
                int n = (int) r[i];
                if (n > 0 && r[i + 1] != 0) {
                    c = NetuidValues.with(c, from, n, Math.max(0, NetuidValues.get(c, from, n) - mulRate(r[i + 1], tao)));
                }
            }
            setClaimedValues(coldkey, position, c);
        }
        if (!holdsRootStake(coldkey)) {
            removeFromIndex(coldkey);
        }
    }

    /** finalize_all_subnet_root_dividends: a dissolved subnet's claims are dropped. */
    void dissolve(int netuid) {
        for (long[] r : hotkeyRates) {
            zero(r, RATES_FROM, netuid);
        }
        for (long[][] byHotkey : claimed) {
            if (byHotkey == null) {
                continue;
            }
            for (long[] c : byHotkey) {
                zero(c, 0, netuid);
            }
        }
        for (long[] record : coldkeyRecords) {
            zero(record, CLAIMED_FROM, netuid);
        }
        unclaimed()[netuid] = 0;
    }

    /** Sets the netuid's value to 0 where it has a pair (the pair stays). */
    private static void zero(long[] values, int from, int netuid) {
        int i = values == null ? -1 : NetuidValues.indexOf(values, from, netuid);
        if (i >= 0) {
            values[i + 1] = 0;
        }
    }

    /** Alpha of the subnet credited to root stakers and not yet claimed. */
    long unclaimed(int netuid) {
        return netuid < unclaimed.length ? unclaimed[netuid] : 0;
    }

    /** Alpha the coldkey could claim now on a subnet through a hotkey (before the threshold). */
    long owed(int coldkey, int hotkey, int netuid) {
        return owed(coldkey, hotkey, stakerPosition(hotkey, coldkey), netuid);
    }

    /** {@code position}: the hotkey's in the coldkey's root hotkeys (−1: none, nothing claimed). */
    private long owed(int coldkey, int hotkey, int position, int netuid) {
        long[] r = ratesOf(hotkey);
        if (r == null) {
            return 0;
        }
        return owed(net.stakes.stake(coldkey, hotkey, 0), NetuidValues.get(r, RATES_FROM, netuid), coldkey, position,
                netuid);
    }

    /** What a root stake of {@code rootStake} through a hotkey whose rate on the subnet is {@code rateBits} is owed. */
    private long owed(long rootStake, long rateBits, int coldkey, int position, int netuid) {
        return Math.max(0, mulRate(rateBits, rootStake) - claimedOf(coldkey, position, netuid));
    }

    int indexedColdkeys() {
        return indexed;
    }

    private void claimAll(int coldkey) {
        long[] record = recordOf(coldkey);
        if (record == null) {
            return; // no root hotkey
        }
        long info = record[INFO];
        int sole = (int) (info & SOLE_MASK);
        int[] hks = sole >= 0 || coldkey >= rootHotkeys.length ? null : rootHotkeys[coldkey];
        if (sole < 0 && hks == null) {
            return;
        }
        boolean keep = (info >>> KEEP_BIT & 1) != 0;
        long since = record[SINCE];
        record[SINCE] = credits;
        if (since == credits) {
            return; // no hotkey credited since this coldkey's last claim (the test below, for all of them at once)
        }
        // what is owed only grows with a credit (stake changes adjust RootClaimed), so a hotkey not credited since
        // this coldkey's last claim has nothing new above the threshold
        if (sole >= 0) { // the loop below for one hotkey (the credit log is for more hotkeys than credits)
            long[] r = ratesOf(sole);
            if (r != null && r[CREDITED_AT] > since) {
                claimThrough(coldkey, sole, r, 0, keep);
            }
            return;
        }
        long recent = credits - since;
        if (recent < hks.length && recent <= CREDIT_LOG) {
            // fewer credits since than hotkeys: the credit log names the hotkeys to visit, in the order of hks
            int found = creditedPositions(coldkey, since);
            for (int i = 0; i < found; i++) {
                int hotkey = hks[positions[i]];
                claimThrough(coldkey, hotkey, ratesOf(hotkey), positions[i], keep);
            }
            return;
        }
        for (int position = 0; position < hks.length; position++) {
            int hotkey = hks[position];
            long[] r = ratesOf(hotkey);
            if (r != null && r[CREDITED_AT] > since) {
                claimThrough(coldkey, hotkey, r, position, keep);
            }
        }
    }

    /**
     * The positions among the coldkey's root hotkeys of those credited after credit number {@code since}, ascending,
     * into {@link #positions}; how many.
     */
    private int creditedPositions(int coldkey, long since) {
        int found = 0;
        for (long c = since + 1; c <= credits; c++) {
            int position = stakerPosition(creditLog[(int) (c % CREDIT_LOG)], coldkey);
            if (position < 0) {
                continue;
            }
            int at = 0;
            while (at < found && positions[at] < position) {
                at++;
            }
            if (at < found && positions[at] == position) {
                continue;
            }
            if (found == positions.length) {
                positions = Arrays.copyOf(positions, found * 2);
            }
            System.arraycopy(positions, at, positions, at + 1, found - at);
            positions[at] = position;
            found++;
        }
        return found;
    }

    /** The hotkey's position among the coldkey's root hotkeys, found from the hotkey's side; −1 if none. */
    private int stakerPosition(int hotkey, int coldkey) {
        int[] pairs = hotkey < stakersOf.length ? stakersOf[hotkey] : null;
        if (pairs != null) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i] == coldkey) {
                    return pairs[i + 1];
                }
            }
        }
        return -1;
    }

    /** Claims what the coldkey is owed through one hotkey whose {@link #hotkeyRates} are {@code r}, subnet by subnet. */
    private void claimThrough(int coldkey, int hotkey, long[] r, int position, boolean keep) {
        if (r == null) {
            return;
        }
        // the root stake changes only when a Swap claim stakes its TAO: read before the first claim and again only
        // before a claim that follows such a change (a read changes nothing, so reading late gives the same value)
        long rootStake = 0;
        boolean read = false;
        // most subnets owe less than the threshold: decided here on the row of RootClaimed, looked up once (and
        // again after each claim, which may create or grow it)
        long[] c = claimedValuesOrNull(coldkey, position);
        int from = claimedFrom(position);
        boolean[] exists = s.exists;
        // the netuids with a rate, ascending (those a dissolution zeroed are skipped)
        for (int i = RATES_FROM; i < r.length; i += 2) {
            int n = (int) r[i];
            long rateBits = r[i + 1];
            if (n > 0 && rateBits != 0 && exists[n]) {
                if (!read) {
                    rootStake = net.stakes.stake(coldkey, hotkey, 0);
                    read = true;
                }
                if (mulRate(rateBits, rootStake) - NetuidValues.get(c, from, n) < THRESHOLD_RAO) {
                    continue; // what claimOnSubnet would find: nothing to claim, nothing changed
                }
                read = !claimOnSubnet(coldkey, hotkey, rateBits, position, n, keep, rootStake);
                c = claimedValuesOrNull(coldkey, position);
            }
        }
    }

    /**
     * root_claim_on_subnet, for the coldkey's {@code rootStake} on the hotkey whose rate there is {@code rateBits};
     * whether that root stake changed.
     */
    private boolean claimOnSubnet(int coldkey, int hotkey, long rateBits, int position, int n, boolean keep,
                                  long rootStake) {
        long owed = owed(rootStake, rateBits, coldkey, position, n);
        // owed (a fixed-point value minus an integer) < threshold ⟺ its floor < threshold
        if (owed < THRESHOLD_RAO || owed <= 0) {
            return false;
        }
        owed = Math.min(owed, unclaimed[n]); // flooring of rates cannot over-pay, this only guards the identity
        if (owed <= 0) {
            return false;
        }
        long claimedNow;
        if (keep) {
            net.stakes.deposit(coldkey, hotkey, n, owed);
            claimedNow = owed;
        } else {
            Fill f;
            try {
                f = net.pools.sell(n, owed, PoolOps.MIN_PRICE_RAO, true);
            } catch (ChainException refused) {
                return false; // the chain rolls the claim back: it stays claimable
            }
            claimedNow = f.in();
            s.alphaOut[n] -= f.in();
            s.alphaIn[n] += f.in();
            s.taoReserve[n] -= f.out();
            s.protocolFlow[n] -= f.out();
            if (f.out() > 0) {
                net.stakes.deposit(coldkey, hotkey, 0, f.out());
                s.taoReserve[0] += f.out();
                // a claiming coldkey holds root stake through this hotkey, so it is indexed
                claimedAfterStakeAdded(coldkey, hotkey, position, f.out());
            }
        }
        unclaimed[n] -= claimedNow;
        long[] c = claimedValues(coldkey, position);
        int from = claimedFrom(position);
        setClaimedValues(coldkey, position, NetuidValues.with(c, from, n, NetuidValues.get(c, from, n) + claimedNow));
        return !keep;
    }

    /**
     * block_hash_to_indices: up to k distinct indices in [0, n), stepping by the hash's four u64 words with a
     * saturating add; the model has no block hashes, so the parent hash is a SplitMix64 expansion of its number.
     */
    static long[] blockHashToIndices(long parentBlock, int k, long n) {
        long[] picked = new long[k];
        int count = blockHashToIndices(parentBlock, k, n, picked);
        return count == k ? picked : Arrays.copyOf(picked, count);
    }

    /** {@link #blockHashToIndices(long, int, long)} into {@code picked} (length ≥ k, no array per block); how many. */
    private static int blockHashToIndices(long parentBlock, int k, long n, long[] picked) {
        long x = parentBlock * 0x9E3779B97F4A7C15L + 0x5851F42D4C957F2DL;
        long w0 = hashWord(x += 0x9E3779B97F4A7C15L);
        long w1 = hashWord(x += 0x9E3779B97F4A7C15L);
        long w2 = hashWord(x += 0x9E3779B97F4A7C15L);
        long w3 = hashWord(x + 0x9E3779B97F4A7C15L);
        int count = 0; // picked[0, count): distinct, ascending (a BTreeSet on chain)
        long last = w0;
        for (int i = 0; i < k; i++) {
            int word = (i * 8 % 32) / 8;
            long step = word == 0 ? w0 : word == 1 ? w1 : word == 2 ? w2 : w3;
            long sum = last + step;
            if (Long.compareUnsigned(sum, last) < 0) {
                sum = -1L; // u64 saturating add
            }
            long idx = Long.remainderUnsigned(sum, n);
            int at = 0;
            while (at < count && picked[at] < idx) {
                at++;
            }
            if (at == count || picked[at] != idx) {
                System.arraycopy(picked, at, picked, at + 1, count - at);
                picked[at] = idx;
                count++;
            }
            last = idx;
        }
        return count;
    }

    /** One u64 word of the model's parent block hash (a SplitMix64 step). */
    private static long hashWord(long x) {
        long z = x;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** floor(rate · amount) for an I96F32 rate and an integer amount (saturating). */
    private static long mulRate(long rateBits, long amount) {
        if (rateBits <= 0 || amount <= 0) {
            return 0;
        }
        long hi = Math.multiplyHigh(rateBits, amount);
        long lo = rateBits * amount;
        if ((hi >>> (FRACTION_BITS - 1)) != 0) {
            return Long.MAX_VALUE;
        }
        return (hi << FRACTION_BITS) | (lo >>> FRACTION_BITS);
    }

    private boolean holdsRootStake(int coldkey) {
        int[] hks = coldkey < rootHotkeys.length ? rootHotkeys[coldkey] : null;
        if (hks != null) {
            for (int hk : hks) {
                if (net.stakes.stake(coldkey, hk, 0) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds the hotkey to the coldkey's root hotkeys if new; its position there (positions never change). */
    private int rememberRootHotkey(int coldkey, int hotkey) {
        if (coldkey >= rootHotkeys.length) {
            rootHotkeys = Arrays.copyOf(rootHotkeys, Math.max(coldkey + 1, rootHotkeys.length * 2));
        }
        recordOrNew(coldkey);
        int[] hks = rootHotkeys[coldkey];
        if (hks == null) {
            rootHotkeys[coldkey] = new int[] {hotkey};
            setSole(coldkey, hotkey);
            addStaker(hotkey, coldkey, 0);
            return 0;
        }
        int known = stakerPosition(hotkey, coldkey);
        if (known >= 0) {
            return known;
        }
        hks = Arrays.copyOf(hks, hks.length + 1);
        hks[hks.length - 1] = hotkey;
        rootHotkeys[coldkey] = hks;
        setSole(coldkey, -1);
        addStaker(hotkey, coldkey, hks.length - 1);
        return hks.length - 1;
    }

    private void setSole(int coldkey, int hotkey) {
        long[] record = recordOrNew(coldkey);
        record[INFO] = record[INFO] & ~SOLE_MASK | hotkey & SOLE_MASK;
    }

    private void addStaker(int hotkey, int coldkey, int position) {
        if (hotkey >= stakersOf.length) {
            stakersOf = Arrays.copyOf(stakersOf, Math.max(hotkey + 1, stakersOf.length * 2));
        }
        int[] pairs = stakersOf[hotkey];
        pairs = pairs == null ? new int[2] : Arrays.copyOf(pairs, pairs.length + 2);
        pairs[pairs.length - 2] = coldkey;
        pairs[pairs.length - 1] = position;
        stakersOf[hotkey] = pairs;
    }

    private long claimedOf(int coldkey, int position, int netuid) {
        return NetuidValues.get(claimedValuesOrNull(coldkey, position), claimedFrom(position), netuid);
    }

    /** Where the {@link NetuidValues} of RootClaimed through the hotkey at {@code position} start in their array. */
    private static int claimedFrom(int position) {
        return position == 0 ? CLAIMED_FROM : 0;
    }

    /**
     * The coldkey's RootClaimed through the hotkey at {@code position}: {@link NetuidValues} from
     * {@link #claimedFrom}; null: none recorded.
     */
    private long[] claimedValuesOrNull(int coldkey, int position) {
        if (position == 0) {
            return recordOf(coldkey);
        }
        long[][] byHotkey = position < 0 || coldkey >= claimed.length ? null : claimed[coldkey];
        return byHotkey == null || position >= byHotkey.length ? null : byHotkey[position];
    }

    /** {@link #claimedValuesOrNull}, never null; give it back changed to {@link #setClaimedValues}. */
    private long[] claimedValues(int coldkey, int position) {
        if (position == 0) {
            return recordOrNew(coldkey);
        }
        long[] c = claimedValuesOrNull(coldkey, position);
        return c == null ? NO_VALUES : c;
    }

    /** Stores the coldkey's RootClaimed through the hotkey at {@code position} (≥ 0), growing the tables. */
    private void setClaimedValues(int coldkey, int position, long[] values) {
        if (position == 0) {
            coldkeyRecords[coldkey] = values; // the record {@link #claimedValues} gave, perhaps grown
            return;
        }
        if (coldkey >= claimed.length) {
            claimed = Arrays.copyOf(claimed, Math.max(coldkey + 1, claimed.length * 2));
        }
        long[][] byHotkey = claimed[coldkey];
        if (byHotkey == null || position >= byHotkey.length) {
            byHotkey = byHotkey == null ? new long[position + 1][] : Arrays.copyOf(byHotkey, position + 1);
            claimed[coldkey] = byHotkey;
        }
        byHotkey[position] = values;
    }

    private void addToIndex(int coldkey) {
        if (coldkey >= positionInIndex.length) {
            int old = positionInIndex.length;
            positionInIndex = Arrays.copyOf(positionInIndex, Math.max(coldkey + 1, old * 2));
            Arrays.fill(positionInIndex, old, positionInIndex.length, -1);
        }
        if (positionInIndex[coldkey] >= 0) {
            return;
        }
        if (indexed == index.length) {
            index = Arrays.copyOf(index, indexed * 2);
        }
        positionInIndex[coldkey] = indexed;
        index[indexed++] = coldkey;
    }

    private void removeFromIndex(int coldkey) {
        int at = coldkey < positionInIndex.length ? positionInIndex[coldkey] : -1;
        if (at < 0) {
            return;
        }
        positionInIndex[coldkey] = -1;
        int moved = index[--indexed];
        if (at != indexed) {
            index[at] = moved;
            positionInIndex[moved] = at;
        }
    }

    /** The hotkey's {@link #hotkeyRates} (null: never credited). */
    private long[] ratesOf(int hotkey) {
        return hotkey < hotkeyRates.length ? hotkeyRates[hotkey] : null;
    }

    private long[] unclaimed() {
        if (unclaimed.length < s.capacity) {
            unclaimed = Arrays.copyOf(unclaimed, s.capacity);
        }
        return unclaimed;
    }
}
