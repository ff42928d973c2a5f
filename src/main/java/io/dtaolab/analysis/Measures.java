package io.dtaolab.analysis;

import io.dtaolab.analysis.RunMeasures.PnlIdentity;
import io.dtaolab.analysis.detect.RunDetection;
import io.dtaolab.chain.Rao;
import io.dtaolab.engine.AdversaryAccount;
import io.dtaolab.engine.AdversaryEconomics;
import io.dtaolab.engine.AgentOutcome;
import io.dtaolab.engine.EmissionTally;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.Series;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Computes {@link RunMeasures} from a run's data: attack world against its twin. */
public final class Measures {
    private static final int TOP_MOVERS = 5;

    private Measures() {
    }

    public static RunMeasures of(RunData d) {
        return of(d, null);
    }

    /** As above, with the detectors' findings for the verdict's detection axis (null: detectors were off). */
    public static RunMeasures of(RunData d, RunDetection detection) {
        Series a = d.attack();
        Series t = d.twin();
        boolean twin = t != null;
        int target = d.targets().isEmpty() ? 0 : d.targets().get(0).netuid();
        long stop = d.targets().isEmpty() ? Long.MAX_VALUE : d.targets().get(0).stopBlock();
        double network = 0;
        double redirected = 0;
        double shareA = 0;
        double shareT = 0;
        double devMax = 0;
        double dispMax = 0;
        double dispAtStop = Double.NaN;
        long decay = -1;
        long stopSeenAt = -1;
        int n = a.size();
        for (int i = 0; i < n; i++) {
            network += EmissionTally.network(a, i);
            if (target <= 0) {
                continue;
            }
            shareA += a.share(i, target) / n;
            if (twin) {
                shareT += t.share(i, target) / n;
                redirected += EmissionTally.redirected(a, t, i, target);
                devMax = Math.max(devMax, Math.abs(a.share(i, target) - t.share(i, target)));
                double emaT = t.ema(i, target);
                double disp = emaT > 0 ? (a.ema(i, target) - emaT) / emaT : 0;
                dispMax = Math.max(dispMax, Math.abs(disp));
                if (a.block(i) >= stop && stopSeenAt < 0) {
                    stopSeenAt = a.block(i);
                    dispAtStop = disp;
                } else if (stopSeenAt >= 0 && decay < 0 && Math.abs(disp) <= Math.abs(dispAtStop) / 2) {
                    decay = a.block(i) - stopSeenAt;
                }
            }
        }
        List<RunMeasures.Adversary> adversaries = new ArrayList<>();
        long pnl = 0;
        long rewards = 0;
        long cost = 0;
        long fees = 0;
        double budget = 0;
        for (AdversaryAccount acct : d.adversaries()) {
            AdversaryEconomics e = acct.economics();
            adversaries.add(new RunMeasures.Adversary(acct.id(), acct.type(), acct.target(), Rao.toTao(acct.budgetRao()),
                    Rao.toTao(acct.exitValueRao()), Rao.toTao(e.pnlRao()), Rao.toTao(e.rewardsRao()),
                    Rao.toTao(e.costRao()), Rao.toTao(e.feesRao()), Rao.toTao(e.netSlippageRao()),
                    Rao.toTao(e.breakEvenRewardsRao()), acct.maxCapitalAtRiskTao(), acct.executed(), acct.refused(),
                    e.pnlRao(), e.rewardsRao(), e.costRao()));
            pnl += e.pnlRao();
            rewards += e.rewardsRao();
            cost += e.costRao();
            fees += e.feesRao();
            budget += Rao.toTao(acct.budgetRao());
        }
        double honestSlipA = 0;
        double honestSlipT = 0;
        for (AgentOutcome o : d.outcomes()) {
            if (o.adversary()) {
                continue;
            }
            if (o.world().equals("attack")) {
                honestSlipA += o.slippageSufferedTao();
            } else {
                honestSlipT += o.slippageSufferedTao();
            }
        }
        ValueLedger.Accounting accounting = ValueLedger.of(d.ledgerAttack(), d.ledgerTwin());
        if (accounting.residualRao().signum() != 0) {
            throw new IllegalStateException("the value ledger does not close: residual " + accounting.residualRao()
                    + " RAO (" + d.strategyName() + ", " + d.preset() + ", seed " + d.seed() + ")");
        }
        PnlIdentity identity = new PnlIdentity(pnl, rewards, cost, pnl == rewards - cost);
        double capital = d.maxCapitalAtRiskTao();
        List<RunMeasures.Mover> movers = twin ? movers(a, t) : List.of();
        boolean acted = d.adversaries().stream().anyMatch(x -> x.executed() > 0);
        List<Verdict.ClassEffect> honest = accounting.difference().stream().filter(x -> x.kind().equals("HONEST"))
                .map(x -> new Verdict.ClassEffect(x.party(), x.differenceTao().doubleValue())).toList();
        Verdict verdict = Verdict.of(new Verdict.Inputs(!d.adversaries().isEmpty(), acted, twin, network,
                twin ? emissionDelta(a, t) : new double[0], target, Rao.toTao(pnl), budget, d.distortionThresholdPct(),
                detection != null, detection == null ? -1 : detection.firstAlarmDelayBlocks(),
                detection == null ? "" : detection.firstAlarmDetector(), honest));
        double nan = Double.NaN;
        return new RunMeasures(d.strategyName(), d.preset(), d.seed(), d.blocksPlanned(), d.blocksDone(), d.interrupted(),
                target, twin,
                twin ? redirected : nan, twin && network > 0 ? 100 * redirected / network : nan, network,
                shareA, twin ? shareT : nan, twin ? devMax : nan,
                twin ? dispMax : nan, dispAtStop, decay,
                Rao.toTao(pnl), Rao.toTao(cost), capital, capital > 0 && twin ? redirected / capital : nan, budget,
                twin ? -accounting.honestDifferenceTao() : nan, twin ? honestSlipA - honestSlipT : nan,
                Rao.toTao(rewards), Rao.toTao(fees), Rao.toTao(Math.max(0, cost)), identity,
                adversaries, movers, verdict.line(), verdict, accounting,
                d.regime() == null ? null : StartingRegime.of(d.regime(), target));
    }

    private static List<RunMeasures.Mover> movers(Series a, Series t) {
        List<RunMeasures.Mover> all = new ArrayList<>();
        int n = a.size();
        for (int s = 1; s < a.width(); s++) {
            double sa = 0;
            double st = 0;
            double delta = 0;
            for (int i = 0; i < n; i++) {
                sa += a.share(i, s) / n;
                st += t.share(i, s) / n;
                delta += a.taoEmitted(i, s) - t.taoEmitted(i, s);
            }
            if (sa > 0 || st > 0) {
                all.add(new RunMeasures.Mover(s, sa, st, sa - st, delta));
            }
        }
        all.sort(Comparator.comparingDouble((RunMeasures.Mover m) -> -Math.abs(m.deviation())).thenComparingInt(RunMeasures.Mover::netuid));
        return all.subList(0, Math.min(TOP_MOVERS, all.size()));
    }

    /** Per netuid: TAO emission over the run, attack minus twin. */
    private static double[] emissionDelta(Series a, Series t) {
        double[] d = new double[a.width()];
        for (int i = 0; i < a.size(); i++) {
            for (int s = 1; s < a.width(); s++) {
                d[s] += a.taoEmitted(i, s) - t.taoEmitted(i, s);
            }
        }
        return d;
    }
}
