package io.dtaolab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verdict on three independent axes, so it never contradicts itself:
 * <ul>
 *   <li><b>distortion</b>: emission moved between subnets (half the Σ over subnets of |attack − twin| TAO emission,
 *       as a % of network emission) is {@code MATERIAL} at or above the threshold, else {@code NOT_MATERIAL};
 *       {@code NOT_MEASURED} without a twin; {@code NONE} when no adversary traded or acted;</li>
 *   <li><b>economics</b>: {@code PROFIT} / {@code LOSS} when the adversaries' PnL is beyond ± the break-even band
 *       (0.1 % of their budget), else {@code BREAK_EVEN}; {@code NO_TRADE} when no adversary executed anything;</li>
 *   <li><b>detection</b>: {@code CAUGHT} after N blocks (first alarm on the target at or after the attack's start),
 *       {@code NOT_CAUGHT}, or {@code NOT_MONITORED} when detectors were off.</li>
 * </ul>
 * Collateral names the subnets that gained and lost most emission versus the twin and the honest classes that
 * lost most value.
 */
public record Verdict(Distortion distortion, double movedPctOfNetwork, double thresholdPct, Economics economics,
                      double pnlTao, double breakEvenBandTao, Detection detection, long caughtAfterBlocks,
                      String caughtBy, List<SubnetEffect> losers, List<SubnetEffect> gainers,
                      List<ClassEffect> honestLosers, String line) {

    public enum Distortion { MATERIAL, NOT_MATERIAL, NOT_MEASURED, NONE }

    public enum Economics { PROFIT, LOSS, BREAK_EVEN, NO_TRADE }

    public enum Detection { CAUGHT, NOT_CAUGHT, NOT_MONITORED }

    /** A subnet's TAO emission in the attack world minus the twin over the run. */
    public record SubnetEffect(int netuid, double emissionDeltaTao) {
    }

    /** An honest class's value change in the attack world minus the twin (negative = lost). */
    public record ClassEffect(String agentClass, double valueDeltaTao) {
    }

    static final double BREAK_EVEN_BAND_OF_BUDGET = 0.001;
    static final int COLLATERAL = 3;

    /** What the verdict is drawn from; {@code caughtAfterBlocks} is -1 when not caught, ignored when not monitored. */
    public record Inputs(boolean anyAdversary, boolean adversaryActed, boolean twin, double networkEmissionTao,
                         double[] emissionDeltaByNetuid, int target, double pnlTao, double budgetTao,
                         double thresholdPct, boolean monitored, long caughtAfterBlocks, String caughtBy,
                         List<ClassEffect> honestClasses) {
    }

    public static Verdict of(Inputs in) {
        double moved = 0;
        List<SubnetEffect> effects = new ArrayList<>();
        for (int n = 1; n < in.emissionDeltaByNetuid().length; n++) {
            double d = in.emissionDeltaByNetuid()[n];
            moved += Math.abs(d) / 2;
            if (d != 0) {
                effects.add(new SubnetEffect(n, d));
            }
        }
        double movedPct = in.twin() && in.networkEmissionTao() > 0 ? 100 * moved / in.networkEmissionTao() : Double.NaN;
        Distortion distortion = !in.anyAdversary() || !in.adversaryActed() ? Distortion.NONE
                : !in.twin() ? Distortion.NOT_MEASURED
                : movedPct >= in.thresholdPct() ? Distortion.MATERIAL : Distortion.NOT_MATERIAL;
        double band = BREAK_EVEN_BAND_OF_BUDGET * in.budgetTao();
        Economics economics = !in.adversaryActed() ? Economics.NO_TRADE
                : in.pnlTao() > band ? Economics.PROFIT : in.pnlTao() < -band ? Economics.LOSS : Economics.BREAK_EVEN;
        Detection detection = !in.monitored() ? Detection.NOT_MONITORED
                : in.caughtAfterBlocks() >= 0 ? Detection.CAUGHT : Detection.NOT_CAUGHT;
        List<SubnetEffect> losers = effects.stream().filter(e -> e.emissionDeltaTao() < 0)
                .sorted(java.util.Comparator.comparingDouble(SubnetEffect::emissionDeltaTao)).limit(COLLATERAL).toList();
        List<SubnetEffect> gainers = effects.stream().filter(e -> e.emissionDeltaTao() > 0)
                .sorted(java.util.Comparator.comparingDouble((SubnetEffect e) -> -e.emissionDeltaTao())).limit(COLLATERAL).toList();
        List<ClassEffect> honestLosers = in.honestClasses().stream().filter(c -> c.valueDeltaTao() < 0)
                .sorted(java.util.Comparator.comparingDouble(ClassEffect::valueDeltaTao)).limit(COLLATERAL).toList();
        String line = line(in, distortion, movedPct, economics, band, detection, losers, gainers, honestLosers);
        return new Verdict(distortion, movedPct, in.thresholdPct(), economics, in.pnlTao(), band, detection,
                detection == Detection.CAUGHT ? in.caughtAfterBlocks() : -1, detection == Detection.CAUGHT ? in.caughtBy() : "",
                losers, gainers, honestLosers, line);
    }

    private static String line(Inputs in, Distortion d, double movedPct, Economics e, double band, Detection det,
                               List<SubnetEffect> losers, List<SubnetEffect> gainers, List<ClassEffect> honest) {
        if (!in.anyAdversary()) {
            return "no adversary: honest baseline";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(switch (d) {
            case NONE -> "distortion: none (no adversary traded or acted)";
            case NOT_MEASURED -> "distortion: not measured (no twin)";
            case MATERIAL, NOT_MATERIAL -> f("distortion: %s, %.3f %% of network emission moved between subnets (threshold %s %%)",
                    d == Distortion.MATERIAL ? "material" : "not material", movedPct, plain(in.thresholdPct()));
        });
        if (d == Distortion.MATERIAL || d == Distortion.NOT_MATERIAL) {
            double toTarget = in.target() > 0 && in.target() < in.emissionDeltaByNetuid().length ? in.emissionDeltaByNetuid()[in.target()] : 0;
            if (in.target() > 0) {
                sb.append(f(", target SN%d %+.1f TAO", in.target(), toTarget));
            }
            collateral(sb, "lost most", losers, in.target());
            collateral(sb, "gained most", gainers, in.target());
        }
        sb.append("; economics: ").append(switch (e) {
            case NO_TRADE -> "no adversary traded";
            case PROFIT -> f("profit, PnL %+.3f TAO", in.pnlTao());
            case LOSS -> f("loss, PnL %+.3f TAO", in.pnlTao());
            case BREAK_EVEN -> f("break-even, PnL %+.3f TAO (within ±%.3f TAO)", in.pnlTao(), band);
        });
        sb.append("; detection: ").append(switch (det) {
            case NOT_MONITORED -> "not monitored (detectors off)";
            case NOT_CAUGHT -> "not caught";
            case CAUGHT -> "caught after " + in.caughtAfterBlocks() + " blocks (" + in.caughtBy() + ")";
        });
        if (!honest.isEmpty()) {
            sb.append("; honest classes that lost most (value change vs twin): ");
            for (int i = 0; i < honest.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(honest.get(i).agentClass()).append(f(" %+.1f TAO", honest.get(i).valueDeltaTao()));
            }
        }
        return sb.toString();
    }

    private static void collateral(StringBuilder sb, String label, List<SubnetEffect> list, int target) {
        List<SubnetEffect> others = list.stream().filter(s -> s.netuid() != target).toList();
        if (others.isEmpty()) {
            return;
        }
        sb.append("; ").append(label).append(": ");
        for (int i = 0; i < others.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(f("SN%d %+.1f TAO", others.get(i).netuid(), others.get(i).emissionDeltaTao()));
        }
    }

    private static String f(String fmt, Object... args) {
        return String.format(Locale.ROOT, fmt, args);
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
