package io.dtaolab.app.metrics;

import io.dtaolab.engine.TempoReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The gauges of one preset of one run, read from its latest tempo report. Per-subnet gauges are registered at
 * the first report (every subnet with a pool), per adversary class when a class first appears.
 */
final class RunMeters {
    private final MeterRegistry registry;
    private final String run;
    private final String preset;
    private final List<Meter> meters = new ArrayList<>();
    private final Set<String> classes = new HashSet<>();
    private volatile TempoReport latest;
    private boolean subnetsRegistered;

    RunMeters(MeterRegistry registry, String run, String preset) {
        this.registry = registry;
        this.run = run;
        this.preset = preset;
    }

    List<Meter> meters() {
        return meters;
    }

    synchronized void update(TempoReport report) {
        latest = report;
        if (!subnetsRegistered) {
            registerSubnets(report);
            subnetsRegistered = true;
        }
        for (String cls : report.adversaryClasses().keySet()) {
            if (classes.add(cls)) {
                registerClass(cls);
            }
        }
    }

    private void registerSubnets(TempoReport first) {
        Tags runTags = Tags.of("run", run, "preset", preset);
        gauge("dtao.emission.redirected.network.ratio", runTags, r -> r.networkEmissionToDate() > 0
                ? r.redirectedTaoToDate() / r.networkEmissionToDate() : 0);
        gauge("dtao.honest.loss.vs.twin.tao", runTags, TempoReport::honestLossVsTwinTao);
        if (first.target() > 0) {
            gauge("dtao.emission.redirected.tao", runTags.and("netuid", Integer.toString(first.target())),
                    TempoReport::redirectedTaoToDate);
        }
        for (int n = 1; n < first.shareAttack().length; n++) {
            if (!(first.taoReserveAttack()[n] > 0)) {
                continue;
            }
            int netuid = n;
            Tags subnet = runTags.and("netuid", Integer.toString(n));
            Tags attack = subnet.and("world", "attack");
            Tags twin = subnet.and("world", "twin");
            gauge("dtao.emission.share.ratio", attack, r -> r.shareAttack()[netuid]);
            gauge("dtao.emission.share.ratio", twin, r -> r.shareTwin()[netuid]);
            gauge("dtao.emission.share.deviation.ratio", subnet, r -> r.shareAttack()[netuid] - r.shareTwin()[netuid]);
            gauge("dtao.spot.price.tao", attack, r -> r.spotAttack()[netuid]);
            gauge("dtao.spot.price.tao", twin, r -> r.spotTwin()[netuid]);
            gauge("dtao.ema.price.tao", attack, r -> r.emaAttack()[netuid]);
            gauge("dtao.ema.price.tao", twin, r -> r.emaTwin()[netuid]);
            gauge("dtao.flow.ema.tao", attack, r -> r.flowEmaAttack()[netuid]);
            gauge("dtao.tao.reserve.tao", attack, r -> r.taoReserveAttack()[netuid]);
            gauge("dtao.alpha.reserve.alpha", attack, r -> r.alphaReserveAttack()[netuid]);
        }
    }

    private void registerClass(String cls) {
        Tags tags = Tags.of("run", run, "preset", preset, "agent_class", cls);
        gauge("dtao.adversary.pnl.tao", tags, r -> classValue(r, cls, TempoReport.ClassMeasures::pnlTao));
        gauge("dtao.adversary.capital.at.risk.tao", tags, r -> classValue(r, cls, TempoReport.ClassMeasures::capitalAtRiskTao));
        gauge("dtao.adversary.cost.tao", tags, r -> classValue(r, cls, TempoReport.ClassMeasures::costTao));
    }

    private static double classValue(TempoReport r, String cls, ToDoubleFunction<TempoReport.ClassMeasures> f) {
        TempoReport.ClassMeasures m = r.adversaryClasses().get(cls);
        return m == null ? 0 : f.applyAsDouble(m);
    }

    private void gauge(String name, Tags tags, ToDoubleFunction<TempoReport> f) {
        meters.add(Gauge.builder(name, this, self -> {
            TempoReport r = self.latest;
            return r == null ? Double.NaN : f.applyAsDouble(r);
        }).tags(tags).strongReference(true).register(registry));
    }
}
