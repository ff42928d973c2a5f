package io.dtaolab.experiment.detect;

import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.analysis.detect.DetectorBank;
import io.dtaolab.engine.AgentOutcome;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.RunOrder;
import io.dtaolab.experiment.RunPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs generated cases through the {@link RunPipeline} with every detector tracing its scores on both worlds, on a
 * few threads (each run single-threaded), and returns the worlds in case order: attack world then twin for attack
 * cases, the one world for honest cases.
 */
public final class CaseRunner {
    private CaseRunner() {
    }

    public static List<EvalWorld> run(List<GeneratedCase> cases, int threads, IntConsumer progress) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<EvalWorld>>> jobs = new ArrayList<>();
            for (GeneratedCase c : cases) {
                jobs.add(pool.submit(() -> worlds(c)));
            }
            List<EvalWorld> out = new ArrayList<>();
            int done = 0;
            for (Future<List<EvalWorld>> f : jobs) {
                out.addAll(f.get());
                progress.accept(++done);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<EvalWorld> worlds(GeneratedCase c) throws InterruptedException {
        RunOrder order = RunOrder.of(c.spec(), c.spec().mechanism(), c.runSeed(), c.spec().blocks()).withWorldThreads(1);
        DetectorBank attackBank = new DetectorBank(DetectorBank.standard(), Map.of(), AlarmSink.NONE, true);
        DetectorBank twinBank = c.spec().twin() ? new DetectorBank(DetectorBank.standard(), Map.of(), AlarmSink.NONE, true) : null;
        RunPipeline.Result r = RunPipeline.execute(order, new RunControl(), RunListener.NONE, attackBank, twinBank);
        List<EvalWorld.Attack> attacks = new ArrayList<>();
        for (GeneratedCase.Truth t : c.truths()) {
            long start = r.data().targets().stream().filter(x -> x.adversaryId().equals(t.adversaryId()))
                    .mapToLong(RunData.Target::startBlock).findFirst()
                    .orElseThrow(() -> new IllegalStateException(c.id() + ": no adversary " + t.adversaryId()));
            long executed = r.data().outcomes().stream()
                    .filter(o -> o.world().equals("attack") && o.id().equals(t.adversaryId()))
                    .mapToLong(AgentOutcome::executed).sum();
            attacks.add(new EvalWorld.Attack(t, start, executed));
        }
        List<EvalWorld> out = new ArrayList<>();
        out.add(new EvalWorld(c.id(), false, c.stress(), attacks, attackBank.traces()));
        if (twinBank != null) {
            out.add(new EvalWorld(c.id(), true, c.stress(), List.of(), twinBank.traces()));
        }
        return out;
    }
}
