package io.dtaolab.analysis;

import io.dtaolab.engine.PartyHoldings;
import io.dtaolab.engine.TradeFlows;
import io.dtaolab.engine.WorldLedger;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value ledger: every party's TAO plus alpha, start holdings valued at start spot and end holdings at the
 * world's end-of-run spot (RAO per alpha, rounded to the RAO; root = 1 TAO). Arithmetic is exact (alpha × price
 * is kept in units of 1e-9 RAO), so identities close with no rounding:
 * <ul>
 *   <li>per party: change = emission (and other non-trade flows) + transfers through trades + fees + revaluation;</li>
 *   <li>per world: Σ changes = minted value + revaluation, with both terms taken from the chain's totals; what is
 *       left is the residual, which must be 0 (a party missed or counted twice shows up here);</li>
 *   <li>attack − twin, per party: the difference of changes split into the differences of the four parts.</li>
 * </ul>
 * Emission is what is left of a party's change after trades and revaluation; it includes other non-trade flows
 * (registration locks, refunds), which no shipped strategy has.
 */
public final class ValueLedger {
    private static final BigInteger NANO = BigInteger.valueOf(1_000_000_000L);
    private static final BigDecimal NANO_PER_TAO = new BigDecimal("1e18");

    private ValueLedger() {
    }

    /** A party's value change in one world and its parts, in TAO (exact to the RAO, rounded half-even). */
    public record PartyValue(String party, String kind, BigDecimal valueStartTao, BigDecimal valueEndTao,
                             BigDecimal changeTao, BigDecimal emissionTao, BigDecimal transfersTao, BigDecimal feesTao,
                             BigDecimal revaluationTao) {
    }

    /** One world's ledger: its parties and the terms the changes must add up to. */
    public record WorldValue(String world, List<PartyValue> parties, BigDecimal mintedValueTao,
                             BigDecimal revaluationTao, BigDecimal residualRao) {
    }

    /** Attack − twin for one party (parties of one world only count 0 in the other). */
    public record PartyDifference(String party, String kind, BigDecimal changeAttackTao, BigDecimal changeTwinTao,
                                  BigDecimal differenceTao, BigDecimal emissionTao, BigDecimal transfersTao,
                                  BigDecimal feesTao, BigDecimal revaluationTao) {
    }

    /** Both worlds and their difference; {@code residualRao} is the largest residual of any identity (0 when it closes). */
    public record Accounting(String valuation, WorldValue attack, WorldValue twin, List<PartyDifference> difference,
                             BigDecimal differenceResidualRao, BigDecimal residualRao) {

        /** The honest classes' value change in the attack world minus in the twin (negative = they lost). */
        public double honestDifferenceTao() {
            return difference.stream().filter(d -> d.kind().equals("HONEST"))
                    .mapToDouble(d -> d.differenceTao().doubleValue()).sum();
        }
    }

    /** Exact parts of one party (units of 1e-9 RAO). */
    private record Parts(BigInteger start, BigInteger end, BigInteger emission, BigInteger transfers, BigInteger fees,
                         BigInteger revaluation) {
        BigInteger change() {
            return end.subtract(start);
        }
    }

    public static Accounting of(WorldLedger attack, WorldLedger twin) {
        Map<String, Parts> a = parts(attack);
        WorldValue wa = world(attack, a);
        if (twin == null) {
            return new Accounting(VALUATION, wa, null, List.of(), BigDecimal.ZERO, wa.residualRao());
        }
        Map<String, Parts> t = parts(twin);
        WorldValue wt = world(twin, t);
        Map<String, String> kinds = new LinkedHashMap<>();
        attack.parties().forEach(p -> kinds.put(p.name(), p.kind().name()));
        twin.parties().forEach(p -> kinds.putIfAbsent(p.name(), p.kind().name()));
        List<PartyDifference> diff = new ArrayList<>();
        BigInteger worst = BigInteger.ZERO;
        Parts none = new Parts(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO,
                BigInteger.ZERO);
        for (var e : kinds.entrySet()) {
            Parts pa = a.getOrDefault(e.getKey(), none);
            Parts pt = t.getOrDefault(e.getKey(), none);
            BigInteger d = pa.change().subtract(pt.change());
            BigInteger em = pa.emission().subtract(pt.emission());
            BigInteger tr = pa.transfers().subtract(pt.transfers());
            BigInteger fe = pa.fees().subtract(pt.fees());
            BigInteger rv = pa.revaluation().subtract(pt.revaluation());
            BigInteger residual = d.subtract(em).subtract(tr).subtract(fe).subtract(rv);
            worst = worst.abs().compareTo(residual.abs()) >= 0 ? worst : residual;
            diff.add(new PartyDifference(e.getKey(), e.getValue(), tao(pa.change()), tao(pt.change()), tao(d), tao(em),
                    tao(tr), tao(fe), tao(rv)));
        }
        BigDecimal diffResidual = rao(worst);
        BigDecimal overall = largest(largest(wa.residualRao(), wt.residualRao()), diffResidual);
        return new Accounting(VALUATION, wa, wt, diff, diffResidual, overall);
    }

    static final String VALUATION = "start holdings at start spot, end holdings at the world's end-of-run spot "
            + "(RAO per alpha, rounded to the RAO); root stake and free balances at 1 TAO";

    private static BigDecimal largest(BigDecimal x, BigDecimal y) {
        return x.abs().compareTo(y.abs()) >= 0 ? x : y;
    }

    private static WorldValue world(WorldLedger w, Map<String, Parts> parts) {
        List<PartyValue> out = new ArrayList<>();
        BigInteger sum = BigInteger.ZERO;
        for (WorldLedger.Party p : w.parties()) {
            Parts x = parts.get(p.name());
            sum = sum.add(x.change());
            out.add(new PartyValue(p.name(), p.kind().name(), tao(x.start()), tao(x.end()), tao(x.change()),
                    tao(x.emission()), tao(x.transfers()), tao(x.fees()), tao(x.revaluation())));
        }
        int width = Math.max(w.alphaTotalStartRao().length, w.alphaTotalEndRao().length);
        BigInteger minted = big(w.taoTotalEndRao() - w.taoTotalStartRao()).multiply(NANO);
        BigInteger reval = BigInteger.ZERO;
        for (int n = 1; n < width; n++) {
            long s = WorldLedger.at(w.alphaTotalStartRao(), n);
            long e = WorldLedger.at(w.alphaTotalEndRao(), n);
            long q0 = WorldLedger.at(w.priceStartRao(), n);
            long q1 = WorldLedger.at(w.priceEndRao(), n);
            minted = minted.add(big(e - s).multiply(big(q1)));
            reval = reval.add(big(s).multiply(big(q1 - q0)));
        }
        BigInteger residual = sum.subtract(minted).subtract(reval);
        return new WorldValue(w.world(), out, tao(minted), tao(reval), rao(residual));
    }

    private static Map<String, Parts> parts(WorldLedger w) {
        Map<String, Parts> out = new LinkedHashMap<>();
        for (WorldLedger.Party p : w.parties()) {
            BigInteger start = value(p.start(), w.priceStartRao());
            BigInteger end = value(p.end(), w.priceEndRao());
            BigInteger reval = BigInteger.ZERO;
            for (int n = 1; n < p.start().alphaRao().length; n++) {
                long a = p.start().alphaRao()[n];
                if (a != 0) {
                    reval = reval.add(big(a).multiply(big(WorldLedger.at(w.priceEndRao(), n) - WorldLedger.at(w.priceStartRao(), n))));
                }
            }
            TradeFlows f = p.flows();
            BigInteger tradeNet = BigInteger.ZERO;
            for (int n : f.netuids()) {
                long q = n == 0 ? 1_000_000_000L : WorldLedger.at(w.priceEndRao(), n);
                tradeNet = tradeNet.add(big(f.alphaBought(n) - f.alphaGivenUp(n)).multiply(big(q)))
                        .subtract(big(f.taoPaid(n) - f.taoReceived(n)).multiply(NANO));
            }
            BigInteger fees = big(-f.feesRao()).multiply(NANO);
            BigInteger emission = end.subtract(start).subtract(reval).subtract(tradeNet);
            out.put(p.name(), new Parts(start, end, emission, tradeNet.subtract(fees), fees, reval));
        }
        return out;
    }

    private static BigInteger value(PartyHoldings h, long[] price) {
        BigInteger v = big(h.taoRao()).multiply(NANO);
        for (int n = 1; n < h.alphaRao().length; n++) {
            if (h.alphaRao()[n] != 0) {
                v = v.add(big(h.alphaRao()[n]).multiply(big(WorldLedger.at(price, n))));
            }
        }
        return v;
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    private static BigDecimal tao(BigInteger nanoRao) {
        return new BigDecimal(nanoRao).divide(NANO_PER_TAO).setScale(9, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal rao(BigInteger nanoRao) {
        return new BigDecimal(nanoRao).divide(new BigDecimal(NANO)).stripTrailingZeros();
    }
}
