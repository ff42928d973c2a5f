package io.dtaolab.engine;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.Submission;
import io.dtaolab.chain.ChainException;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Rao;
import io.dtaolab.chain.StakeResult;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Executes a block's extrinsics against one world's chain and books each outcome on the submitting agent. A refusal
 * is either the chain's ({@link ChainException} with its {@code ChainError}: state unchanged, counted) or the origin
 * check's (the signer does not own the coldkey, or the hotkey a weight extrinsic is signed with: the chain would not
 * accept the signature; counted as "not-signer"). Anything else the chain throws (IllegalArgumentException,
 * IllegalStateException, ...) is a bug in an agent or in the chain model: it propagates and fails the run.
 */
final class ExtrinsicExecutor {
    static final Consumer<Trade> NO_TRADES = t -> { };
    private static final String NOT_SIGNER = "not-signer";

    private final Network net;
    private final ChainMonitorFeed feed;
    private Consumer<Trade> tradeSink = NO_TRADES;
    private Consumer<ExtrinsicEvent> eventSink;
    private int positionInBlock;
    private long refusedTotal;
    private StakeResult lastResult;
    private String lastRefusal;

    ExtrinsicExecutor(Network net, ChainMonitorFeed feed) {
        this.net = net;
        this.feed = feed;
    }

    void onTrade(Consumer<Trade> sink) {
        this.tradeSink = sink;
    }

    /** Feeds every executed or refused extrinsic to {@code sink} (events.jsonl); null (the default) turns it off. */
    void onExtrinsic(Consumer<ExtrinsicEvent> sink) {
        this.eventSink = sink;
    }

    /** Before a world is copied: its copy gets no trade or event listener. */
    void detachInCopy(Map<Object, Object> substitutes) {
        substitutes.put(tradeSink, NO_TRADES);
        if (eventSink != null) {
            substitutes.put(eventSink, null);
        }
    }

    void beginBlock() {
        positionInBlock = 0;
    }

    long refusedTotal() {
        return refusedTotal;
    }

    /** Executes {@code s}, submitted by {@code agent} whose book is {@code book}, in the world called {@code world}. */
    void execute(String world, Submission s, Agent agent, AgentBook book) {
        if (eventSink == null) {
            apply(world, s, agent, book);
            return;
        }
        Extrinsic x = s.extrinsic();
        int netuid = ExtrinsicEvent.netuidOf(x);
        boolean priced = netuid > 0 && net.exists(netuid);
        double before = priced ? net.spotPrice(netuid) : 0;
        lastResult = null;
        lastRefusal = null;
        apply(world, s, agent, book);
        long[] amounts = ExtrinsicEvent.moved(x, lastResult);
        eventSink.accept(new ExtrinsicEvent(net.block(), world, agent.id(), agent.type(), agent.adversary(), x.coldkey(),
                netuid, ExtrinsicEvent.kindOf(x), ExtrinsicEvent.sideOf(x), lastRefusal == null, lastRefusal, amounts[0],
                amounts[1], lastResult == null ? 0 : lastResult.feeRao(), before,
                priced && net.exists(netuid) ? net.spotPrice(netuid) : 0));
    }

    private void apply(String world, Submission s, Agent agent, AgentBook book) {
        Extrinsic x = s.extrinsic();
        if (!agent.ownsColdkey(x.coldkey()) || !signsHotkey(x)) {
            refuse(book, NOT_SIGNER);
            return;
        }
        try {
            dispatch(world, s, x, agent, book);
        } catch (ChainException refused) {
            refusedByChain(book, x, refused);
        }
        positionInBlock++;
    }

    /*
     * Its own method, too large for the compiler to inline on the rare refusal path: inlined, the first refusal of a
     * kind of extrinsic not refused before failed a type check compiled into the agents' whole block step and threw
     * that compilation away (four times per world in a 30-day run).
     */
    private void refusedByChain(AgentBook book, Extrinsic x, ChainException refused) {
        refuse(book, refused.error().name());
        if (x instanceof Extrinsic.AddStake a) {
            feed.failedTrade(positionInBlock, a.coldkey(), a.netuid(), true, a.taoRao());
        } else if (x instanceof Extrinsic.RemoveStake rm) {
            feed.failedTrade(positionInBlock, rm.coldkey(), rm.netuid(), false, rm.alphaRao());
        }
    }

    /** Weight extrinsics are signed by the hotkey: the signing coldkey must own it. */
    private boolean signsHotkey(Extrinsic x) {
        if (x instanceof Extrinsic.SetWeights w) {
            return ownsHotkey(w.coldkey(), w.hotkey());
        } else if (x instanceof Extrinsic.SetRootWeights rw) {
            return ownsHotkey(rw.coldkey(), rw.hotkey());
        }
        return true;
    }

    private boolean ownsHotkey(int coldkey, int hotkey) {
        return net.accounts().isHotkey(hotkey) && net.hotkeyOwner(hotkey) == coldkey;
    }

    private void dispatch(String world, Submission s, Extrinsic x, Agent agent, AgentBook book) {
        if (x instanceof Extrinsic.AddStake a) {
            double spot = net.spotPrice(a.netuid());
            StakeResult r = net.addStake(a.coldkey(), a.hotkey(), a.netuid(), a.taoRao(), a.limitRaoPerAlpha(), a.allowPartial());
            lastResult = r;
            book.touch(a.coldkey(), a.hotkey(), a.netuid());
            double impact = Rao.toTao(r.taoRao()) - Rao.toTao(r.alphaRao()) * spot;
            double slip = s.quotedOut() > 0 && r.taoRao() == a.taoRao()
                    ? Math.max(0, Rao.toTao(s.quotedOut() - r.alphaRao()) * spot) : 0;
            record(world, agent, book, a.netuid(), true, r, impact, slip);
            feed.trade(positionInBlock, a.coldkey(), a.hotkey(), a.netuid(), true, r, spot);
        } else if (x instanceof Extrinsic.RemoveStake rm) {
            double spot = net.spotPrice(rm.netuid());
            StakeResult r = net.removeStake(rm.coldkey(), rm.hotkey(), rm.netuid(), rm.alphaRao(), rm.limitRaoPerAlpha(), rm.allowPartial());
            lastResult = r;
            double impact = Rao.toTao(r.alphaRao()) * spot - Rao.toTao(r.taoRao());
            double slip = s.quotedOut() > 0 && r.alphaRao() == rm.alphaRao()
                    ? Math.max(0, Rao.toTao(s.quotedOut() - r.taoRao())) : 0;
            record(world, agent, book, rm.netuid(), false, r, impact, slip);
            feed.trade(positionInBlock, rm.coldkey(), rm.hotkey(), rm.netuid(), false, r, spot);
        } else if (x instanceof Extrinsic.MoveStake mv) {
            StakeResult r = net.moveStake(mv.coldkey(), mv.fromHotkey(), mv.fromNetuid(), mv.toHotkey(), mv.toNetuid(), mv.alphaRao());
            lastResult = r;
            book.touch(mv.coldkey(), mv.toHotkey(), mv.toNetuid());
            if (mv.fromNetuid() != mv.toNetuid()) {
                book.flows.sell(mv.fromNetuid(), mv.alphaRao(), r.taoRao(), r.feeRao());
                book.flows.buy(mv.toNetuid(), r.taoRao(), r.alphaRao(), 0);
            }
            book.executed++;
        } else if (x instanceof Extrinsic.SetWeights w) {
            net.setWeights(w.hotkey(), w.netuid(), w.weights());
            feed.weights(w.netuid(), w.hotkey(), w.weights());
            book.executed++;
        } else if (x instanceof Extrinsic.SetRootWeights rw) {
            net.setRootWeights(rw.hotkey(), rw.weightsByNetuid());
            feed.rootWeights(rw.hotkey(), rw.weightsByNetuid());
            book.executed++;
        } else if (x instanceof Extrinsic.SetHolderVote hv) {
            net.setHolderVote(hv.coldkey(), hv.weightsByNetuid());
            feed.holderVote(hv.coldkey(), hv.weightsByNetuid());
            book.executed++;
        } else if (x instanceof Extrinsic.DestroyAlpha d) {
            book.flows.destroy(d.netuid(), net.destroyAlpha(d.coldkey(), d.hotkey(), d.netuid(), d.alphaRao(), d.recycle()));
            book.executed++;
        } else if (x instanceof Extrinsic.ClaimRoot c) {
            net.claimRoot(c.coldkey());
            book.executed++;
        } else if (x instanceof Extrinsic.SetRootClaimType t) {
            net.setRootClaimKeep(t.coldkey(), t.keep());
            book.executed++;
        } else if (x instanceof Extrinsic.RegisterSubnet reg) {
            net.registerSubnet(reg.coldkey(), reg.hotkey());
            book.executed++;
        } else {
            throw new IllegalStateException("no execution rule for extrinsic " + x.getClass().getSimpleName());
        }
    }

    private void refuse(AgentBook book, String why) {
        book.refused++;
        refusedTotal++;
        lastRefusal = why;
    }

    private void record(String world, Agent agent, AgentBook book, int netuid, boolean buy, StakeResult r,
                        double impact, double slippage) {
        book.executed++;
        book.feesRao += r.feeRao();
        if (buy) {
            book.flows.buy(netuid, r.taoRao(), r.alphaRao(), r.feeRao());
        } else {
            book.flows.sell(netuid, r.alphaRao(), r.taoRao(), r.feeRao());
        }
        book.impactPaidTao += Math.max(0, impact);
        book.slippageTao += slippage;
        tradeSink.accept(new Trade(net.block(), world, agent.id(), agent.type(), agent.adversary(), netuid, buy,
                r.taoRao(), r.alphaRao(), r.feeRao(), impact, slippage));
    }
}
