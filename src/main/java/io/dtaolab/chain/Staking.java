package io.dtaolab.chain;

import io.dtaolab.chain.Mechanism.FeeDestination;
import io.dtaolab.chain.Mechanism.PoolModel;

/**
 * Staking extrinsics (dtao-mechanics.md §1.4–1.8): add/remove/move stake with limit price and allow_partial,
 * minimums, the 1000× input cap, the era's same-block rate limit and fee destination, and flow recording.
 * Every check runs before any state changes, so a refused extrinsic leaves the network untouched.
 */
final class Staking {
    static final long NO_LIMIT = Long.MAX_VALUE;
    private final Network net;
    private final Subnets s;
    private final Mechanism m;

    Staking(Network net) {
        this.net = net;
        this.s = net.subnets;
        this.m = net.mech;
    }

    private static long tupleKey(int hotkey, int coldkey, int netuid) {
        return ((long) hotkey << 40) ^ ((long) coldkey << 14) ^ netuid;
    }

    private void requireStakeable(int hotkey, int netuid) {
        net.requireSubnet(netuid);
        if (!net.accounts.isHotkey(hotkey)) {
            throw new ChainException(ChainError.NotEnoughStake, "unknown hotkey " + hotkey);
        }
        // SubtokenEnabled comes with the start call, the block before the first emission
        if (netuid != 0 && (s.firstEmissionBlock[netuid] == 0 || net.block < s.firstEmissionBlock[netuid] - 1)) {
            throw new ChainException(ChainError.SubtokenDisabled, "netuid " + netuid);
        }
    }

    StakeResult add(int coldkey, int hotkey, int netuid, long tao, long limit, boolean allowPartial) {
        return add(coldkey, hotkey, netuid, tao, limit, allowPartial, false);
    }

    private StakeResult add(int coldkey, int hotkey, int netuid, long tao, long limit, boolean allowPartial, boolean dropFees) {
        requireStakeable(hotkey, netuid);
        if (tao < m.minStakeRao() || tao <= 0) {
            throw new ChainException(ChainError.AmountTooLow, "stake at least " + m.minStakeRao() + " RAO");
        }
        if (net.accounts.free(coldkey) < tao) {
            throw new ChainException(ChainError.NotEnoughBalance);
        }
        if (netuid == 0 || s.stable[netuid]) {
            net.accounts.debit(coldkey, tao);
            s.taoReserve[netuid] += tao;
            if (netuid != 0) {
                s.alphaOut[netuid] += tao;
            }
            net.stakes.deposit(coldkey, hotkey, netuid, tao);
            if (netuid == 0) {
                net.rootClaims.rootStakeAdded(coldkey, hotkey, tao);
            }
            markStaked(hotkey, coldkey, netuid);
            return new StakeResult(tao, tao, 0, 0);
        }
        if (tao > Rao.saturatingMul(s.taoReserve[netuid], 1000)) {
            throw new ChainException(ChainError.SwapInputTooLarge);
        }
        long amount = tao;
        if (limit != NO_LIMIT) {
            long max = net.pools.maxAdd(netuid, limit);
            if (amount > max) {
                if (!allowPartial || max <= 0) {
                    throw new ChainException(ChainError.SlippageTooHigh, "at most " + max + " RAO fits the limit");
                }
                amount = max;
            }
        }
        long flatFee = dropFees ? 0 : m.flatStakingFeeRao();
        if (amount <= flatFee) {
            throw new ChainException(ChainError.AmountTooLow);
        }
        Fill f = net.pools.buy(netuid, amount - flatFee, limit == NO_LIMIT ? PoolOps.MAX_PRICE_RAO : limit, dropFees);
        if (f.out() <= 0) {
            throw new ChainException(ChainError.AmountTooLow, "the swap would return no alpha");
        }
        long spent = f.in() + f.fee() + flatFee;
        net.accounts.debit(coldkey, spent);
        s.taoReserve[netuid] += f.in() + flatFee;
        payFee(netuid, f.fee());
        s.alphaIn[netuid] -= f.out();
        s.alphaOut[netuid] += f.out();
        net.stakes.deposit(coldkey, hotkey, netuid, f.out());
        s.taoFlow[netuid] += f.in();
        s.volume[netuid] += spent;
        markStaked(hotkey, coldkey, netuid);
        return new StakeResult(spent, f.out(), f.fee() + flatFee, tao - spent);
    }

    StakeResult remove(int coldkey, int hotkey, int netuid, long alpha, long limit, boolean allowPartial) {
        requireStakeable(hotkey, netuid);
        long held = net.stakes.stake(coldkey, hotkey, netuid);
        if (alpha <= 0) {
            throw new ChainException(ChainError.AmountTooLow);
        }
        if (alpha > held) {
            throw new ChainException(ChainError.NotEnoughStake, "holds " + held + ", asked " + alpha);
        }
        if (m.sameBlockRateLimit() && net.stakedThisBlock.contains(tupleKey(hotkey, coldkey, netuid))) {
            throw new ChainException(ChainError.StakingOperationRateLimitExceeded);
        }
        boolean whole = alpha == held;
        if (netuid == 0 || s.stable[netuid]) {
            if (!whole && alpha < m.minStakeRao()) {
                throw new ChainException(ChainError.AmountTooLow);
            }
            long taken = net.stakes.withdraw(coldkey, hotkey, netuid, alpha);
            s.taoReserve[netuid] -= taken;
            if (netuid != 0) {
                s.alphaOut[netuid] -= taken;
            } else {
                net.rootClaims.rootStakeRemoved(coldkey, hotkey, taken);
            }
            net.accounts.credit(coldkey, taken);
            return new StakeResult(taken, taken, 0, alpha - taken);
        }
        if (alpha > Rao.saturatingMul(s.alphaIn[netuid], 1000)) {
            throw new ChainException(ChainError.SwapInputTooLarge);
        }
        long amount = alpha;
        if (limit != NO_LIMIT) {
            long max = net.pools.maxRemove(netuid, limit);
            if (amount > max) {
                if (!allowPartial || max <= 0) {
                    throw new ChainException(ChainError.SlippageTooHigh, "at most " + max + " alpha fits the limit");
                }
                amount = max;
            }
        }
        Fill f = net.pools.sell(netuid, amount, limit == NO_LIMIT ? PoolOps.MIN_PRICE_RAO : limit, false);
        long flatFee = m.flatStakingFeeRao();
        long taoToUser = f.out() - flatFee;
        if (taoToUser <= 0) {
            throw new ChainException(ChainError.AmountTooLow, "the sale would not cover the fee");
        }
        long sold = f.in() + f.fee();
        if (!(whole && sold == held) && taoToUser < m.minStakeRao()) {
            throw new ChainException(ChainError.AmountTooLow, "unstake at least " + m.minStakeRao() + " RAO worth");
        }
        // the last holder of a hotkey pool also takes its flooring dust (taken ≥ sold); the dust is recycled
        long taken = net.stakes.withdraw(coldkey, hotkey, netuid, sold);
        s.alphaOut[netuid] -= taken;
        s.alphaIn[netuid] += f.in();
        s.taoReserve[netuid] -= taoToUser;
        net.accounts.credit(coldkey, taoToUser);
        long feeTao = payAlphaFee(netuid, f.fee()) + flatFee;
        s.taoFlow[netuid] -= f.out() + (feeTao - flatFee);
        s.volume[netuid] += f.out();
        return new StakeResult(taoToUser, sold, feeTao, alpha - sold);
    }

    StakeResult move(int coldkey, int fromHotkey, int fromNetuid, int toHotkey, int toNetuid, long alpha) {
        requireStakeable(fromHotkey, fromNetuid);
        requireStakeable(toHotkey, toNetuid);
        long held = net.stakes.stake(coldkey, fromHotkey, fromNetuid);
        if (alpha <= 0 || alpha > held) {
            throw new ChainException(ChainError.NotEnoughStake, "holds " + held + ", asked " + alpha);
        }
        if (fromNetuid == toNetuid) {
            // same subnet: a pure share transfer, no swap and no fee
            long taken = net.stakes.withdraw(coldkey, fromHotkey, fromNetuid, alpha);
            net.stakes.deposit(coldkey, toHotkey, toNetuid, taken);
            if (fromNetuid == 0) {
                // the destination first, so the coldkey keeps its place in the auto-claim index
                net.rootClaims.rootStakeAdded(coldkey, toHotkey, taken);
                net.rootClaims.rootStakeRemoved(coldkey, fromHotkey, taken);
                return new StakeResult(taken, taken, 0, 0);
            }
            return new StakeResult(0, taken, 0, 0);
        }
        boolean dropFees = fromNetuid != 0;
        preflightMoveBuy(fromNetuid, alpha, toNetuid, dropFees);
        long before = net.accounts.free(coldkey);
        StakeResult out = remove(coldkey, fromHotkey, fromNetuid, alpha, NO_LIMIT, false);
        long tao = net.accounts.free(coldkey) - before;
        // the fee is paid once: on the origin sell, or on the destination buy when the origin is root
        StakeResult in = add(coldkey, toHotkey, toNetuid, tao, NO_LIMIT, false, dropFees);
        return new StakeResult(tao, in.alphaRao(), out.feeRao() + in.feeRao(), 0);
    }

    /**
     * A move is one extrinsic: if the destination buy would be refused, the origin sale must not happen either.
     * Runs the buy's checks on the TAO the sale would yield (pure quotes; the sale's own refusals are left to it).
     */
    private void preflightMoveBuy(int fromNetuid, long alpha, int toNetuid, boolean dropFees) {
        long tao;
        if (fromNetuid == 0 || s.stable[fromNetuid]) {
            tao = alpha;
        } else {
            try {
                tao = net.pools.sell(fromNetuid, alpha, PoolOps.MIN_PRICE_RAO, false).out() - m.flatStakingFeeRao();
            } catch (ChainException refusedBySale) {
                return;
            }
            if (tao <= 0) {
                return;
            }
        }
        if (tao < m.minStakeRao()) {
            throw new ChainException(ChainError.AmountTooLow, "stake at least " + m.minStakeRao() + " RAO");
        }
        if (toNetuid == 0 || s.stable[toNetuid]) {
            return;
        }
        if (tao > Rao.saturatingMul(s.taoReserve[toNetuid], 1000)) {
            throw new ChainException(ChainError.SwapInputTooLarge);
        }
        long flatFee = dropFees ? 0 : m.flatStakingFeeRao();
        if (tao <= flatFee) {
            throw new ChainException(ChainError.AmountTooLow);
        }
        if (net.pools.buy(toNetuid, tao - flatFee, PoolOps.MAX_PRICE_RAO, dropFees).out() <= 0) {
            throw new ChainException(ChainError.AmountTooLow, "the swap would return no alpha");
        }
    }

    long destroyAlpha(int coldkey, int hotkey, int netuid, long alpha, boolean recycle) {
        requireStakeable(hotkey, netuid);
        if (netuid == 0) {
            throw new ChainException(ChainError.SubnetNotExists, "root stake is TAO, not alpha");
        }
        long held = net.stakes.stake(coldkey, hotkey, netuid);
        if (alpha <= 0 || alpha > held) {
            throw new ChainException(ChainError.NotEnoughStake);
        }
        long taken = net.stakes.withdraw(coldkey, hotkey, netuid, alpha);
        if (recycle) {
            s.alphaOut[netuid] -= taken;
        } else {
            s.alphaBurned[netuid] += taken;
        }
        return taken;
    }

    long quoteBuy(int netuid, long tao) {
        if (netuid == 0 || s.stable[netuid]) {
            return tao;
        }
        long net1 = tao - m.flatStakingFeeRao();
        return net1 <= 0 ? 0 : net.pools.buy(netuid, net1, PoolOps.MAX_PRICE_RAO, false).out();
    }

    long quoteSell(int netuid, long alpha) {
        if (netuid == 0 || s.stable[netuid]) {
            return alpha;
        }
        return Math.max(0, net.pools.sell(netuid, alpha, PoolOps.MIN_PRICE_RAO, false).out() - m.flatStakingFeeRao());
    }

    private void markStaked(int hotkey, int coldkey, int netuid) {
        if (m.sameBlockRateLimit()) {
            net.stakedThisBlock.add(tupleKey(hotkey, coldkey, netuid));
        }
    }

    private void payFee(int netuid, long feeTao) {
        if (feeTao == 0) {
            return;
        }
        if (m.feeDestination() == FeeDestination.POOL || m.poolModel() == PoolModel.CPMM) {
            s.taoReserve[netuid] += feeTao;
        } else if (m.feeDestination() == FeeDestination.LIQUIDITY_PROVIDERS) {
            s.lpFeeTao[netuid] += feeTao; // FeeGlobalTao: outside the reserves, the price does not move
        } else {
            payAuthor(feeTao);
        }
    }

    /** Alpha fee of a sell: kept in the pool, or sold fee-less for the block author. Returns the TAO it made. */
    private long payAlphaFee(int netuid, long feeAlpha) {
        if (feeAlpha == 0) {
            return 0;
        }
        if (m.feeDestination() == FeeDestination.POOL) {
            s.alphaIn[netuid] += feeAlpha;
            return 0;
        }
        if (m.feeDestination() == FeeDestination.LIQUIDITY_PROVIDERS) {
            // FeeGlobalAlpha: the chain took the fee out of the input and left it counted in SubnetAlphaOut
            s.alphaOut[netuid] += feeAlpha;
            s.lpFeeAlpha[netuid] += feeAlpha;
            return 0;
        }
        try {
            Fill f = net.pools.sell(netuid, feeAlpha, PoolOps.MIN_PRICE_RAO, true);
            s.alphaIn[netuid] += f.in();
            s.taoReserve[netuid] -= f.out();
            payAuthor(f.out());
            return f.out();
        } catch (ChainException refused) {
            return 0; // the fee alpha cannot be sold: it is simply destroyed (already out of SubnetAlphaOut)
        }
    }

    private void payAuthor(long tao) {
        net.ledger.authorFeesTao += tao;
        if (net.blockAuthor >= 0) {
            net.accounts.credit(net.blockAuthor, tao);
        } else {
            net.ledger.burned += tao;
        }
    }
}
