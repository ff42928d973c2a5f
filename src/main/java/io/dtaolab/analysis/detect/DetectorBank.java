package io.dtaolab.analysis.detect;

import io.dtaolab.chain.Rao;
import io.dtaolab.engine.MonitorTrace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The detectors watching one world: a {@link MonitorTrace} the engine feeds, which turns each trace entry into an
 * event, hands it to every detector and collects the alarms (also forwarded live to an {@link AlarmSink}).
 */
public final class DetectorBank implements MonitorTrace {
    private final List<Detector> detectors;
    private final List<AlarmGate> gates = new ArrayList<>();
    private final List<Alarm> alarms = new ArrayList<>();
    private final Map<String, ScoreTrace> traces = new LinkedHashMap<>();
    /**
     * The detectors that act on trades and on weight sets (the frequent events) with their gates, in bank order:
     * the loops skip the ones that keep the interface's no-op.
     */
    private final Detector[] onTrade;
    private final AlarmGate[] onTradeGates;
    private final Detector[] onWeights;
    private final AlarmGate[] onWeightsGates;

    /** The shipped detectors at their default thresholds, or at {@code thresholds[name]} where given. */
    public DetectorBank(Map<String, Double> thresholds, AlarmSink sink) {
        this(standard(), thresholds, sink);
    }

    public DetectorBank(List<Detector> detectors, Map<String, Double> thresholds, AlarmSink sink) {
        this(detectors, thresholds, sink, false);
    }

    /**
     * With {@code traceScores}, every score each detector offers is kept (see {@link ScoreTrace}) so the run can be
     * replayed at any threshold; detectors then also score where a cheap bound says it could not matter.
     */
    public DetectorBank(List<Detector> detectors, Map<String, Double> thresholds, AlarmSink sink, boolean traceScores) {
        this.detectors = List.copyOf(detectors);
        AlarmSink both = a -> {
            alarms.add(a);
            sink.onAlarm(a);
        };
        for (Detector d : this.detectors) {
            ScoreTrace trace = traceScores ? new ScoreTrace() : null;
            if (trace != null) {
                traces.put(d.name(), trace);
            }
            gates.add(new AlarmGate(d.name(), thresholds.getOrDefault(d.name(), d.defaultThreshold()), both, trace));
        }
        List<Integer> trade = handling("onTrade", TradeEvent.class);
        onTrade = trade.stream().map(this.detectors::get).toArray(Detector[]::new);
        onTradeGates = trade.stream().map(gates::get).toArray(AlarmGate[]::new);
        List<Integer> weights = handling("onWeights", WeightEvent.class);
        onWeights = weights.stream().map(this.detectors::get).toArray(Detector[]::new);
        onWeightsGates = weights.stream().map(gates::get).toArray(AlarmGate[]::new);
    }

    /** Indices of the detectors that override {@code method} (taking {@code event} and a gate). */
    private List<Integer> handling(String method, Class<?> event) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < detectors.size(); i++) {
            try {
                if (detectors.get(i).getClass().getMethod(method, event, AlarmGate.class).getDeclaringClass() != Detector.class) {
                    out.add(i);
                }
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    public static DetectorBank withDefaults(AlarmSink sink) {
        return new DetectorBank(Map.of(), sink);
    }

    /** One fresh instance of each shipped detector. */
    public static List<Detector> standard() {
        FundingClusters clusters = new FundingClusters();
        return List.of(new WashTradingDetector(clusters), new PumpDumpDetector(clusters), new CollusionDetector(),
                new SandwichDetector(clusters), new FlowGamingDetector(), new VoteCaptureDetector(clusters),
                new EmaTimingDetector(clusters), new RootBriberyDetector(clusters));
    }

    /** Names of the shipped detectors, in report order. */
    public static List<String> names() {
        return standard().stream().map(Detector::name).toList();
    }

    @Override
    public void trade(long block, int position, int coldkey, int netuid, boolean buy, long taoRao, long alphaRao,
                      double priceBefore, double priceAfter, long taoReserveAfter) {
        TradeEvent t = new TradeEvent(block, position, coldkey, netuid, buy, Rao.toTao(taoRao), Rao.toTao(alphaRao),
                priceBefore, priceAfter, Rao.toTao(taoReserveAfter));
        for (int i = 0; i < onTrade.length; i++) {
            onTrade[i].onTrade(t, onTradeGates[i]);
        }
    }

    @Override
    public void weights(long block, int netuid, int hotkey, int hotkeyOwner, int subnetOwner, double[] row,
                        double ownerShare) {
        WeightEvent w = new WeightEvent(block, netuid, hotkey, hotkeyOwner, subnetOwner, row.clone(), ownerShare);
        for (int i = 0; i < onWeights.length; i++) {
            onWeights[i].onWeights(w, onWeightsGates[i]);
        }
    }

    @Override
    public void failedTrade(long block, int position, int coldkey, int netuid, boolean buy, long amountRao) {
        FailedTradeEvent f = new FailedTradeEvent(block, position, coldkey, netuid, buy, Rao.toTao(amountRao));
        for (int i = 0; i < detectors.size(); i++) {
            detectors.get(i).onFailedTrade(f, gates.get(i));
        }
    }

    @Override
    public void funding(long block, int coldkey, long source, boolean exchange, long rao) {
        FundingEvent f = new FundingEvent(block, coldkey, source, exchange, Rao.toTao(rao));
        for (int i = 0; i < detectors.size(); i++) {
            detectors.get(i).onFunding(f, gates.get(i));
        }
    }

    @Override
    public void holderVote(long block, int coldkey, double[] weightsByNetuid) {
        vote(new VoteEvent(block, coldkey, -1, weightsByNetuid.clone()));
    }

    @Override
    public void rootWeights(long block, int hotkey, int hotkeyOwner, double[] weightsByNetuid) {
        vote(new VoteEvent(block, hotkeyOwner, hotkey, weightsByNetuid.clone()));
    }

    private void vote(VoteEvent v) {
        for (int i = 0; i < detectors.size(); i++) {
            detectors.get(i).onVote(v, gates.get(i));
        }
    }

    @Override
    public void rootStake(long block, int coldkey, int hotkey, int hotkeyOwner, long taoRao) {
        RootStakeEvent s = new RootStakeEvent(block, coldkey, hotkey, hotkeyOwner, Rao.toTao(taoRao));
        for (int i = 0; i < detectors.size(); i++) {
            detectors.get(i).onRootStake(s, gates.get(i));
        }
    }

    /** Each detector's score trace by name; empty unless the bank was built to trace scores. */
    public Map<String, ScoreTrace> traces() {
        return java.util.Collections.unmodifiableMap(traces);
    }

    public WorldDetection result() {
        Map<String, Map<Integer, Double>> scores = new LinkedHashMap<>();
        for (int i = 0; i < detectors.size(); i++) {
            scores.put(detectors.get(i).name(), gates.get(i).maxScores());
        }
        return new WorldDetection(alarms, scores);
    }
}
