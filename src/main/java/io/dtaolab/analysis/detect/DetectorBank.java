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

    /** The shipped detectors at their default thresholds, or at {@code thresholds[name]} where given. */
    public DetectorBank(Map<String, Double> thresholds, AlarmSink sink) {
        this(standard(), thresholds, sink);
    }

    public DetectorBank(List<Detector> detectors, Map<String, Double> thresholds, AlarmSink sink) {
        this.detectors = List.copyOf(detectors);
        AlarmSink both = a -> {
            alarms.add(a);
            sink.onAlarm(a);
        };
        for (Detector d : this.detectors) {
            gates.add(new AlarmGate(d.name(), thresholds.getOrDefault(d.name(), d.defaultThreshold()), both));
        }
    }

    public static DetectorBank withDefaults(AlarmSink sink) {
        return new DetectorBank(Map.of(), sink);
    }

    /** One fresh instance of each shipped detector. */
    public static List<Detector> standard() {
        return List.of(new WashTradingDetector(), new PumpDumpDetector(), new CollusionDetector(),
                new SandwichDetector(), new FlowGamingDetector());
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
        for (int i = 0; i < detectors.size(); i++) {
            detectors.get(i).onTrade(t, gates.get(i));
        }
    }

    @Override
    public void weights(long block, int netuid, int hotkey, int hotkeyOwner, int subnetOwner, double[] row,
                        double ownerShare) {
        WeightEvent w = new WeightEvent(block, netuid, hotkey, hotkeyOwner, subnetOwner, row.clone(), ownerShare);
        for (int i = 0; i < detectors.size(); i++) {
            detectors.get(i).onWeights(w, gates.get(i));
        }
    }

    public WorldDetection result() {
        Map<String, Map<Integer, Double>> scores = new LinkedHashMap<>();
        for (int i = 0; i < detectors.size(); i++) {
            scores.put(detectors.get(i).name(), gates.get(i).maxScores());
        }
        return new WorldDetection(alarms, scores);
    }
}
