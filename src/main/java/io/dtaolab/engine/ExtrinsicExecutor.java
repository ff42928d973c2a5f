package io.dtaolab.engine;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.Submission;
import io.dtaolab.chain.ChainException;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Rao;
import io.dtaolab.chain.StakeResult;
import java.util.List;
import java.util.function.Consumer;

/**
 * Executes the block's extrinsics against one world's chain and books the outcome on the submitting agent. A refusal
 * is either the chain's ({@link ChainException} with its {@code ChainError}: state unchanged, counted) or the origin
 * check's (the signer does not own the coldkey or hotkey it names, as the chain's origin checks would refuse it:
 * counted as {@value #NOT_SIGNER}). Anything else the chain throws (IllegalArgumentException, IllegalStateException, …) is a bug in an agent
 * or in the chain model; it propagates and fails the run rather than being counted as a refusal.
 */
final class ExtrinsicExecutor {
    /** The refusal of an extrinsic signed for a coldkey or hotkey the submitting agent does not own. */
    static final String NOT_SIGNER = "not-signer";

    private final String label;
    private final Network net;
    private final List<Agent> agents;
    private final AgentBook[] books;
    private final ChainMonitorFeed feed;
    private Consumer<Trade> tradeSink = t -> { };
    private Consumer<ExtrinsicEvent> eventSink;
    private StakeResult lastResult;
    private String lastRefusal;
    private int positionInBlock;
    private long refusedTotal;

    ExtrinsicExecutor(String label, Network net, List<Agent> agents, AgentBook[] books, ChainMonitorFeed feed) {
        this.label = label;
        this.net = net;
        this.agents = agents;
        this.books = books;
        this.feed = feed;
    }

    void onTrade(Consumer<Trade> sink) {
        this.tradeSink = sink;
    }

    /** Feeds every executed or refused extrinsic to {@code sink} (events.jsonl); null (the default) turns it off. */
    void onExtrinsic(Consumer<ExtrinsicEvent> sink) {
        this.eventSink = sink;
    }

    void beginBlock() {
        positionInBlock = 0;
    }

    long refusedTotal() {
        return refusedTotal;
    }

    void execute(Submission s) {
        if (eventSink == null) {
            executeAndBook(s);
            return;
        }
        Extrinsic x = s.extrinsic();
        int netuid = ExtrinsicEvent.netuidOf(x);
        boolean priced = netuid > 0 && net.exists(netuid);
        double before = priced ? net.spotPrice(netuid) : 0;
        lastResult = null;
        lastRefusal = null;
        executeAndBook(s);
        Agent agent = agents.get(s.agentIndex());
        long[] amounts = ExtrinsicEvent.moved(x, lastResult);
        eventSink.accept(new ExtrinsicEvent(net.block(), label, agent.id(), agent.type(), agent.adversary(), x.coldkey(),
                netuid, ExtrinsicEvent.kindOf(x), ExtrinsicEvent.sideOf(x), lastRefusal == null, lastRefusal, amounts[0],
                amounts[1], lastResult == null ? 0 : lastResult.feeRao(), before,
                priced && net.exists(netuid) ? net.spotPrice(netuid) : 0));
    }

    private void executeAndBook(Submission s) {
        Extrinsic x = s.extrinsic();
        AgentBook book = books[s.agentIndex()];
        Agent agent = agents.get(s.agentIndex());
        if (!agent.ownsColdkey(x.coldkey())) {
            refuse(book, NOT_SIGNER);
            return;
        }
        try {
            apply(s, x, agent, book);
        } catch (ChainException refused) {
            refuse(book, refused.error().name());
        }
        positionInBlock++;
    }

    private void apply(Submission s, Extrinsic x, Agent agent, AgentBook book) {
        if (x instanceof Extrinsic.AddStake a) {
            double spot = net.spotPrice(a.netuid());
            StakeResult r = net.addStake(a.coldkey(), a.hotkey(), a.netuid(), a.taoRao(), a.limitRaoPerAlpha(), a.allowPartial());
            lastResult = r;
            book.touch(a.coldkey(), a.hotkey(), a.netuid());
            double impact = Rao.toTao(r.taoRao()) - Rao.toTao(r.alphaRao()) * spot;
            double slip = s.quotedOut() > 0 && r.taoRao() == a.taoRao()
                    ? Math.max(0, Rao.toTao(s.quotedOut() - r.alphaRao()) * spot) : 0;
            record(agent, book, a.netuid(), true, r, impact, slip);
            feed.trade(positionInBlock, a.coldkey(), a.netuid(), true, r, spot);
        } else if (x instanceof Extrinsic.RemoveStake rm) {
            double spot = net.spotPrice(rm.netuid());
            StakeResult r = net.removeStake(rm.coldkey(), rm.hotkey(), rm.netuid(), rm.alphaRao(), rm.limitRaoPerAlpha(), rm.allowPartial());
            lastResult = r;
            double impact = Rao.toTao(r.alphaRao()) * spot - Rao.toTao(r.taoRao());
            double slip = s.quotedOut() > 0 && r.alphaRao() == rm.alphaRao()
                    ? Math.max(0, Rao.toTao(s.quotedOut() - r.taoRao())) : 0;
            record(agent, book, rm.netuid(), false, r, impact, slip);
            feed.trade(positionInBlock, rm.coldkey(), rm.netuid(), false, r, spot);
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
            if (!ownsHotkey(w.coldkey(), w.hotkey())) {
                refuse(book, NOT_SIGNER);
                return;
            }
            net.setWeights(w.hotkey(), w.netuid(), w.weights());
            feed.weights(w.netuid(), w.hotkey(), w.weights());
            book.executed++;
        } else if (x instanceof Extrinsic.SetRootWeights rw) {
            if (!ownsHotkey(rw.coldkey(), rw.hotkey())) {
                refuse(book, NOT_SIGNER);
                return;
            }
            net.setRootWeights(rw.hotkey(), rw.weightsByNetuid());
            book.executed++;
        } else if (x instanceof Extrinsic.SetHolderVote hv) {
            net.setHolderVote(hv.coldkey(), hv.weightsByNetuid());
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
        }
    }

    /** Weight extrinsics are signed by the hotkey: the signing coldkey must own it. */
    private boolean ownsHotkey(int coldkey, int hotkey) {
        return net.accounts().isHotkey(hotkey) && net.hotkeyOwner(hotkey) == coldkey;
    }

    private void refuse(AgentBook book, String reason) {
        book.refused++;
        refusedTotal++;
        lastRefusal = reason;
    }

    private void record(Agent agent, AgentBook book, int netuid, boolean buy, StakeResult r, double impact,
                        double slippage) {
        book.executed++;
        book.feesRao += r.feeRao();
        if (buy) {
            book.flows.buy(netuid, r.taoRao(), r.alphaRao(), r.feeRao());
        } else {
            book.flows.sell(netuid, r.alphaRao(), r.taoRao(), r.feeRao());
        }
        book.impactPaidTao += Math.max(0, impact);
        book.slippageTao += slippage;
        tradeSink.accept(new Trade(net.block(), label, agent.id(), agent.type(), agent.adversary(), netuid, buy,
                r.taoRao(), r.alphaRao(), r.feeRao(), impact, slippage));
    }
}
