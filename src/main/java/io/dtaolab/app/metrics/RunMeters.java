package io.dtaolab.app.metrics;

import io.dtaolab.engine.TempoReport;
import io.dtaolab.scenario.Durations;
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
    static final double SECONDS_PER_BLOCK = 86_400.0 / Durations.BLOCKS_PER_DAY;
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
        gauge("dtao.run.simulated.blocks", "Blocks simulated in this preset of the run, at its last closed tempo",
                runTags, TempoReport::blockIndex);
        gauge("dtao.run.simulated.time.seconds", "Simulated chain time since the run's start, 12 s "
                + "per block, at its last closed tempo (86400 s = one simulated day)",
                runTags, r -> r.blockIndex() * SECONDS_PER_BLOCK);
        gauge("dtao.emission.redirected.network.ratio", "Emission redirected to the target so far as a fraction of "
                + "all network emission so far (0 before any emission)", runTags,
                r -> r.networkEmissionToDate() > 0 ? r.redirectedTaoToDate() / r.networkEmissionToDate() : 0);
        gauge("dtao.honest.loss.vs.twin.tao", "Value honest agents hold in the twin minus in the attack world, "
                + "alpha at spot, in TAO", runTags, TempoReport::honestLossVsTwinTao);
        if (first.target() > 0) {
            gauge("dtao.emission.redirected.tao", "TAO emission the target received so far beyond what its twin "
                    + "received", runTags.and("netuid", Integer.toString(first.target())), TempoReport::redirectedTaoToDate);
        }
        for (int n = 1; n < first.shareAttack().length; n++) {
            if (!(first.taoReserveAttack()[n] > 0)) {
                continue;
            }
            int netuid = n;
            Tags subnet = runTags.and("netuid", Integer.toString(n));
            Tags attack = subnet.and("world", "attack");
            Tags twin = subnet.and("world", "twin");
            String share = "The subnet's share of network emission in the last tempo (0..1)";
            gauge("dtao.emission.share.ratio", share, attack, r -> r.shareAttack()[netuid]);
            gauge("dtao.emission.share.ratio", share, twin, r -> r.shareTwin()[netuid]);
            gauge("dtao.emission.share.deviation.ratio", "The subnet's emission share in the attack world minus in "
                    + "its honest twin", subnet, r -> r.shareAttack()[netuid] - r.shareTwin()[netuid]);
            String spot = "The subnet pool's spot price in TAO per alpha";
            gauge("dtao.spot.price.tao", spot, attack, r -> r.spotAttack()[netuid]);
            gauge("dtao.spot.price.tao", spot, twin, r -> r.spotTwin()[netuid]);
            String ema = "The subnet's moving (EMA) price in TAO per alpha, what price-based emission follows";
            gauge("dtao.ema.price.tao", ema, attack, r -> r.emaAttack()[netuid]);
            gauge("dtao.ema.price.tao", ema, twin, r -> r.emaTwin()[netuid]);
            gauge("dtao.flow.ema.tao.per.block", "The subnet's net TAO flow EMA in TAO per block, what flow-based "
                    + "presets allocate emission by", attack, r -> r.flowEmaAttack()[netuid]);
            gauge("dtao.tao.reserve.tao", "TAO in the subnet's pool", attack, r -> r.taoReserveAttack()[netuid]);
            gauge("dtao.alpha.reserve.alpha", "Alpha in the subnet's pool", attack, r -> r.alphaReserveAttack()[netuid]);
        }
    }

    private void registerClass(String cls) {
        Tags tags = Tags.of("run", run, "preset", preset, "agent_class", cls);
        gauge("dtao.adversary.pnl.tao", "Profit and loss of the adversary class, holdings marked to exit, in TAO",
                tags, r -> classValue(r, cls, TempoReport.ClassMeasures::pnlTao));
        gauge("dtao.adversary.capital.at.risk.tao", "Most TAO the adversary class had exposed at once so far",
                tags, r -> classValue(r, cls, TempoReport.ClassMeasures::capitalAtRiskTao));
        gauge("dtao.adversary.cost.tao", "Trading cost of the adversary class so far (fees and price impact "
                + "not won back), in TAO", tags, r -> classValue(r, cls, TempoReport.ClassMeasures::costTao));
    }

    private static double classValue(TempoReport r, String cls, ToDoubleFunction<TempoReport.ClassMeasures> f) {
        TempoReport.ClassMeasures m = r.adversaryClasses().get(cls);
        return m == null ? 0 : f.applyAsDouble(m);
    }

    private void gauge(String name, String help, Tags tags, ToDoubleFunction<TempoReport> f) {
        meters.add(Gauge.builder(name, this, self -> {
            TempoReport r = self.latest;
            return r == null ? Double.NaN : f.applyAsDouble(r);
        }).description(help).tags(tags).strongReference(true).register(registry));
    }
}
