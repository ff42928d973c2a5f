package io.dtaolab.app.messaging;

import io.dtaolab.app.runs.RunRecord;
import io.dtaolab.app.runs.RunState;
import io.dtaolab.chain.Rao;
import io.dtaolab.engine.TempoReport;
import io.dtaolab.engine.Trade;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON payloads of SSE (and Kafka) events: compact; the only per-subnet array is each subnet's emission share
 * deviation attack − twin (index = netuid), which the page at / draws as a heat strip. Twin values are null in a
 * run without a twin.
 */
final class SseViews {
    private SseViews() {
    }

    @Schema(name = "StreamState", description = "A state change; detail says why (e.g. the error of a failed run)")
    record State(String run, String preset, RunState state, long blocksDone, String detail) {
    }

    @Schema(name = "StreamTempo", description = "A tempo closed: the target's emission share attack vs twin and totals so far")
    record Tempo(String run, String preset, long block, long chainBlock, int target, double targetShareAttack,
                 double targetShareTwin, double targetShareDeviation, double targetSpotTao, double targetEmaTao,
                 Double targetEmaTwinTao, double[] shareDeviation, double emissionRedirectedTao,
                 double networkEmissionTao, double honestLossVsTwinTao,
                 Map<String, TempoReport.ClassMeasures> adversaries) {
    }

    @Schema(name = "StreamTrade", description = "A trade at or above outputs.tradeEventMinTao")
    record TradeView(String run, String preset, long block, String world, String agentId, String agentClass,
                     boolean adversary, int netuid, boolean buy, double tao, double alpha, double feeTao,
                     double impactTao, double slippageTao) {
    }

    static State state(RunRecord r, String preset, String detail) {
        return new State(r.id(), preset, r.state(), r.blocksDone(), detail != null ? detail : r.error());
    }

    static Tempo tempo(String run, String preset, TempoReport r) {
        int t = r.target() > 0 && r.target() < r.shareAttack().length ? r.target() : 0;
        boolean twin = Arrays.stream(r.shareTwin()).sum() > 0;
        return new Tempo(run, preset, r.blockIndex(), r.chainBlock(), r.target(), r.shareAttack()[t], r.shareTwin()[t],
                r.shareAttack()[t] - r.shareTwin()[t], r.spotAttack()[t], r.emaAttack()[t],
                twin ? r.emaTwin()[t] : null, twin ? deviations(r.shareAttack(), r.shareTwin()) : null, r.redirectedTaoToDate(),
                r.networkEmissionToDate(), r.honestLossVsTwinTao(), r.adversaryClasses());
    }

    private static double[] deviations(double[] attack, double[] twin) {
        double[] d = new double[attack.length];
        for (int n = 0; n < d.length; n++) {
            d[n] = n < twin.length ? attack[n] - twin[n] : 0;
        }
        return d;
    }

    static TradeView trade(String run, String preset, Trade t) {
        return new TradeView(run, preset, t.block(), t.world(), t.agentId(), t.agentClass(), t.adversary(), t.netuid(),
                t.buy(), Rao.toTao(t.taoRao()), Rao.toTao(t.alphaRao()), Rao.toTao(t.feeRao()), t.impactTao(),
                t.slippageTao());
    }
}
