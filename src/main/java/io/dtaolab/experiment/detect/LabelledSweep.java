package io.dtaolab.experiment.detect;

import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.analysis.detect.LabelledSample;
import io.dtaolab.analysis.detect.RunDetection;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs each labelled case over consecutive seeds with the detectors on both worlds and collects the labelled
 * samples: the attack world (positive for the case's detector) and its twin (negative for every detector).
 */
public final class LabelledSweep {
    private LabelledSweep() {
    }

    public static List<LabelledSample> run(List<LabelledCase> cases, long firstSeed, int seeds, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<LabelledSample>>> jobs = new ArrayList<>();
            for (LabelledCase c : cases) {
                for (int i = 0; i < seeds; i++) {
                    long seed = firstSeed + i;
                    jobs.add(pool.submit(() -> samples(c, seed)));
                }
            }
            List<LabelledSample> out = new ArrayList<>();
            for (Future<List<LabelledSample>> f : jobs) {
                out.addAll(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<LabelledSample> samples(LabelledCase c, long seed) throws InterruptedException {
        if (!c.spec().twin()) {
            throw new IllegalArgumentException(c.spec().name() + ": a labelled case needs its twin");
        }
        MonitoredRun.Result r = MonitoredRun.execute(c.spec(), c.spec().mechanism(), seed, c.spec().blocks(),
                new RunControl(), RunListener.NONE, AlarmSink.NONE);
        RunDetection d = r.detection();
        return List.of(
                new LabelledSample(c.spec().name(), c.detector(), seed, true, d.target(), d.attackStartBlock(), c.anySubnet(),
                        r.attack()),
                new LabelledSample(c.spec().name(), c.detector(), seed, false, d.target(), d.attackStartBlock(), c.anySubnet(),
                        r.twin()));
    }
}
