package io.dtaolab.agents.honest;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Rao;

/** An honest agent with one coldkey funded with its {@code walletTao} parameter. */
abstract class WalletAgent extends Agent {
    private final long walletRao;

    WalletAgent(String id, AgentParams p) {
        super(id, p.type().id(), false);
        this.walletRao = Rao.ofTao(p.getDouble("walletTao"));
    }

    @Override
    public final int coldkeyCount() {
        return 1;
    }

    @Override
    public final long fundingPerColdkeyRao() {
        return walletRao;
    }
}
