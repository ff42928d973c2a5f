package io.dtaolab.experiment.detect;

import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.PresetChoice;
import io.dtaolab.scenario.StrategySpec;
import io.dtaolab.scenario.StrategyTrees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Evaluation cases drawn at random, independent of the shipped strategies: a synthetic network, a base honest
 * population, optionally an honest stress group, and for attack cases one attack (two when combined) with its
 * parameters drawn from the ranges below. Attack case i is of family i mod 8 and honest case i has stress population
 * i mod 5, so every set covers them evenly; variants and parameters are drawn. Each case is built as a strategy tree in code and loaded through the strict
 * strategy loader, so every draw is a valid strategy. Same generator seed ⇒ same cases.
 * <p>
 * Ranges (U = uniform, logU = log-uniform; TAO unless noted; runs are 3 600–6 000 blocks, warm-up off, the attack
 * starts 1 200–2 000 blocks in and runs to the end):
 * <ul>
 * <li>network: 4–8 synthetic subnets, pool TAO logU(2 000, 60 000), price logU(0.002, 0.06), 6–8 validators and 12–16
 * miners a subnet; preset uniform over all six (vote capture forces {@code holder-vote}, bribery {@code root-vote});</li>
 * <li>base honest: 30–60 noise traders (3–8 trades a day, median size logU(0.5, 5)), 8–12 long-term stakers, 5–15
 * momentum followers, 5–10 yield chasers, the honest validators;</li>
 * <li>wash: round trip logU(1, 100), 24–240 a day (slow: 4–12), 1–4 linked coldkeys (split: 8–32);</li>
 * <li>pump: budget logU(800, 6 000), accumulate U(0.05, 0.15) d, pump U(0.04, 0.12) d, dump at +15–50 %, hype half of
 * the time; slow: accumulate U(0.2, 0.3) d and pump U(0.1, 0.15) d; followers: budget logU(300, 1 000), hype ×4–8
 * and 40–80 momentum followers; split: 8–32 coldkeys;</li>
 * <li>sandwich: budget logU(1 000, 8 000), smallest victim U(0.5, 3), front-run at most logU(50, 1 500), victims
 * are 5–8 trades a day of median 2–8 TAO at 0.3–2 % slippage;</li>
 * <li>collusion: 2–5 cartel validators, cartel stake logU(5 000, 60 000), 0–3 owner miners, withholding half of the
 * time, concerted buys U(0, 200) per tempo, 1–4 coldkeys (split: 8–32);</li>
 * <li>flow recycling: cycle logU(200, 3 000), hold 180–720 blocks (slow: 900–1 800);</li>
 * <li>sybil: 8–64 coldkeys of U(5, 50) each holding stake; the same swarm washing is the wash family's swarm
 * variant, voting under {@code holder-vote} the vote-capture family; the collusion family's root-bribe variant is
 * its cartel paying U(50, 500) a tempo to root validators under {@code root-vote} (it carries a second truth, family
 * root-bribery, same adversary and target);</li>
 * <li>EMA timing: push logU(300, 3 000) before every epoch of the target ({@code checkpoint: epoch}), lead U(10, 240)
 * blocks (within one tempo), exit the block after the epoch; preset drawn from the four with the staggered epoch
 * schedule the timer's clock follows (launch, v3, taoflow, netflow).</li>
 * </ul>
 */
public final class AttackGenerator {
    static final List<String> PRESETS = PresetChoice.all();
    /** Presets whose epochs follow the staggered tempo schedule the EMA timer's epoch clock uses (exactly). */
    static final List<String> STAGGERED_PRESETS = List.of("launch-2025-02", "v3-2025-07", "taoflow-2025-11", "netflow-2026-05");

    private final long seed;

    public AttackGenerator(long seed) {
        this.seed = seed;
    }

    /** {@code attacks} attack cases then {@code honest} honest cases; case i depends only on (seed, i). */
    public List<GeneratedCase> cases(int attacks, int honest) {
        List<GeneratedCase> out = new ArrayList<>();
        for (int i = 0; i < attacks + honest; i++) {
            out.add(generate(i, i >= attacks));
        }
        return out;
    }

    GeneratedCase generate(int index, boolean honest) {
        Draw r = new Draw(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1));
        int subnets = r.i(4, 8);
        long start = r.i(1_200, 2_000);
        // families and honest populations in turn (stratified), so every size covers them evenly; the rest is drawn
        AttackFamily family = honest ? null : AttackFamily.DRAWN.get(index % AttackFamily.DRAWN.size());
        Variant variant = honest ? null : r.pick(family.variants());
        HonestStress stress = honest ? HonestStress.values()[index % HonestStress.values().length]
                : variant == Variant.NOISE ? r.pick(List.of(HonestStress.values()).subList(1, HonestStress.values().length))
                : HonestStress.NONE;
        String preset = family == AttackFamily.VOTE_CAPTURE ? "holder-vote"
                : variant == Variant.BRIBE ? "root-vote"
                : family == AttackFamily.EMA_TIMING ? r.pick(STAGGERED_PRESETS) : r.pick(PRESETS);
        long active = variant == Variant.SLOW ? r.i(3_600, 4_000) : r.i(2_400, 3_000);
        long blocks = honest ? r.i(3_600, 5_000) : start + active;

        Map<String, Object> tree = new LinkedHashMap<>();
        String id = (honest ? "honest-" : "attack-") + seed + "-" + index;
        tree.put("name", id);
        tree.put("seed", r.raw.nextLong(1, 1L << 40));
        tree.put("blocks", blocks);
        tree.put("preset", preset);
        tree.put("warmup", "0b");
        tree.put("twin", !honest);
        tree.put("network", network(r, subnets));
        Map<String, Object> population = basePopulation(r);
        addStress(r, stress, population);
        List<Object> adversaries = new ArrayList<>();
        List<GeneratedCase.Truth> truths = new ArrayList<>();
        if (!honest) {
            int target = r.i(1, subnets);
            truths.add(attack(r, family, variant, "a1", target, start, blocks, subnets, population, adversaries));
            if (variant == Variant.BRIBE) {
                // the bribing cartel is also a root-validator bribery on the same target
                GeneratedCase.Truth c = truths.get(0);
                truths.add(new GeneratedCase.Truth(AttackFamily.ROOT_BRIBERY, Variant.BRIBE, c.adversaryId(), c.target(),
                        c.startOffset(), c.stopOffset()));
            }
            if (variant == Variant.COMBINED) {
                List<AttackFamily> others = new ArrayList<>(List.of(AttackFamily.WASH, AttackFamily.PUMP,
                        AttackFamily.SANDWICH, AttackFamily.COLLUSION, AttackFamily.FLOW));
                others.remove(family);
                int second = target % subnets + 1;
                truths.add(attack(r, r.pick(others), Variant.COMBINED, "a2", second, start, blocks, subnets, population,
                        adversaries));
            }
        }
        tree.put("honest", population);
        tree.put("adversaries", adversaries);
        LoadResult loaded = StrategyTrees.check(id + ".yaml", StrategyTrees.yaml(tree), Path.of("strategies"));
        if (loaded instanceof LoadResult.Invalid bad) {
            throw new IllegalStateException("generated case " + id + " is invalid: " + bad.errors().get(0).format());
        }
        StrategySpec spec = ((LoadResult.Valid) loaded).spec();
        return new GeneratedCase(id, spec.seed(), spec, stress, truths);
    }

    private static Map<String, Object> network(Draw r, int subnets) {
        double lowPool = r.logU(2_000, 12_000);
        double lowPrice = r.logU(0.002, 0.01);
        return map("synthetic", map("subnets", subnets, "taoReserveTao", List.of(round(lowPool), round(lowPool * r.u(2, 5))),
                        "priceTao", List.of(round(lowPrice), round(lowPrice * r.u(2, 6))), "seed", r.raw.nextLong(1, 1L << 40)),
                "neurons", map("validators", r.i(6, 8), "miners", r.i(12, 16)));
    }

    private static Map<String, Object> basePopulation(Draw r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("noise-trader", map("count", r.i(30, 60), "ratePerDay", round(r.u(3, 8)), "sizeTaoMedian", round(r.logU(0.5, 5))));
        p.put("long-term-staker", map("count", r.i(8, 12)));
        p.put("momentum-follower", map("count", r.i(5, 15)));
        p.put("yield-chaser", map("count", r.i(5, 10)));
        p.put("validator", map("count", 1));
        return p;
    }

    private static void addStress(Draw r, HonestStress stress, Map<String, Object> p) {
        switch (stress) {
            case NONE -> { }
            case HFT -> p.put("noise-trader", map("count", r.i(10, 30), "ratePerDay", round(r.logU(200, 1_000)),
                    "sizeTaoMedian", round(r.logU(0.5, 20)), "sizeTailIndex", round(r.u(8, 10)), "walletTao", 5_000));
            case WHALES -> p.put("long-term-staker", map("count", r.i(3, 6), "walletTao", round(r.logU(50_000, 500_000)),
                    "rebalanceEveryDays", round(r.u(0.04, 0.3)), "conviction", round(r.u(0.3, 0.9))));
            case MOMENTUM -> p.put("momentum-follower", map("count", r.i(40, 100), "walletTao", round(r.logU(100, 2_000)),
                    "entryThreshold", round(r.u(0.01, 0.03)), "holdBlocks", r.i(200, 1_000), "hypeSensitivity", round(r.u(1, 3))));
            case REBALANCING -> p.put("yield-chaser", map("count", r.i(10, 30), "walletTao", round(r.logU(5_000, 50_000)),
                    "checkEveryBlocks", r.i(60, 360), "fractionMoved", round(r.u(0.3, 1)), "moveThreshold", round(r.u(0.02, 0.1))));
        }
    }

    private static GeneratedCase.Truth attack(Draw r, AttackFamily f, Variant v, String id, int target, long start,
                                              long blocks, int subnets, Map<String, Object> population,
                                              List<Object> adversaries) {
        Map<String, Object> a = map("id", id, "target", target, "start", start + "b");
        boolean split = v == Variant.SPLIT;
        int keys = split ? r.i(8, 32) : r.i(1, 4);
        Map<String, Object> params;
        double budget;
        switch (f) {
            case WASH -> {
                if (v == Variant.SWARM) {
                    return swarm(r, f, v, a, adversaries, "wash", start, blocks);
                }
                double trip = r.logU(1, 100);
                params = map("roundTripTao", round(trip), "roundTripsPerDay", round(v == Variant.SLOW ? r.u(4, 12) : r.u(24, 240)),
                        "linkedColdkeys", keys);
                a.put("type", "wash-trader");
                budget = trip * r.u(2, 5);
            }
            case PUMP -> {
                boolean followers = v == Variant.FOLLOWERS;
                boolean slow = v == Variant.SLOW;
                budget = followers ? r.logU(300, 1_000) : r.logU(800, 6_000);
                params = map("accumulateDays", round(slow ? r.u(0.2, 0.3) : r.u(0.05, 0.15)),
                        "pumpDays", round(slow ? r.u(0.1, 0.15) : r.u(0.04, 0.12)), "dumpAtRise", round(r.u(0.15, 0.5)),
                        "hype", followers || r.raw.nextBoolean(), "hypeBuyRateMultiplier", round(followers ? r.u(4, 8) : r.u(2, 5)),
                        "hypeDays", round(r.u(0.1, 0.3)));
                a.put("type", "pump-and-dump");
                a.put("coldkeys", keys);
                if (followers) {
                    population.put("momentum-follower", map("count", r.i(40, 80), "walletTao", round(r.logU(100, 1_000)),
                            "entryThreshold", round(r.u(0.02, 0.05)), "hypeSensitivity", round(r.u(2, 4))));
                }
            }
            case SANDWICH -> {
                budget = r.logU(1_000, 8_000);
                params = map("minVictimTao", round(r.u(0.5, 3)), "maxFrontRunTao", round(r.logU(50, 1_500)),
                        "useVictimLimit", r.raw.nextBoolean());
                a.put("type", "sandwich-bot");
                @SuppressWarnings("unchecked")
                Map<String, Object> noise = (Map<String, Object>) population.get("noise-trader");
                noise.put("sizeTaoMedian", round(r.u(2, 8)));
                noise.put("slippageTolerance", round(r.u(0.003, 0.02)));
            }
            case COLLUSION -> {
                double stake = r.logU(5_000, 60_000);
                params = map("cartelValidators", r.i(2, 5), "cartelStakeTao", round(stake), "ownerMiners", r.i(0, 3),
                        "withholdMinerEmission", r.raw.nextBoolean(), "coordinatedBuyTao", round(r.u(0, 200)));
                if (v == Variant.BRIBE) {
                    params.put("bribeTao", round(r.u(50, 500)));
                }
                a.put("type", "insider-collusion");
                a.put("coldkeys", keys);
                budget = stake + r.u(1_000, 5_000);
            }
            case FLOW -> {
                double cycle = r.logU(200, 3_000);
                params = map("cycleTao", round(cycle), "holdBlocks", v == Variant.SLOW ? r.i(900, 1_800) : r.i(180, 720));
                a.put("type", "flow-recycler");
                budget = cycle * 1.1;
            }
            case SYBIL, VOTE_CAPTURE -> {
                return swarm(r, f, v, a, adversaries, f == AttackFamily.VOTE_CAPTURE ? "vote" : "stake-and-hold", start,
                        blocks);
            }
            case EMA_TIMING -> {
                double push = r.logU(300, 3_000);
                params = map("pushTao", round(push), "leadBlocks", r.i(10, 240), "mode", "pump-before-checkpoint",
                        "checkpoint", "epoch");
                a.put("type", "ema-timer");
                budget = push * r.u(2, 4);
            }
            default -> throw new IllegalStateException(f.toString());
        }
        a.put("budgetTao", round(budget));
        a.put("params", params);
        adversaries.add(a);
        return new GeneratedCase.Truth(f, v, id, target, start, blocks);
    }

    /** A Sybil swarm of 8–64 coldkeys with U(5, 50) TAO each, doing {@code behaviour}. */
    private static GeneratedCase.Truth swarm(Draw r, AttackFamily f, Variant v, Map<String, Object> a,
                                             List<Object> adversaries, String behaviour, long start, long blocks) {
        int swarm = r.i(8, 64);
        double perKey = r.u(5, 50);
        a.put("type", "sybil-swarm");
        a.put("coldkeys", swarm);
        a.put("budgetTao", round(swarm * perKey * 1.05));
        a.put("params", map("swarmColdkeys", swarm, "perKeyTao", round(perKey), "behaviour", behaviour));
        adversaries.add(a);
        return new GeneratedCase.Truth(f, v, (String) a.get("id"), (Integer) a.get("target"), start, blocks);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Four significant digits: keeps the YAML short and exact. */
    private static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    /** The draws of one case, all from its own stream. */
    private record Draw(SplittableRandom raw) {
        int i(int lo, int hi) {
            return raw.nextInt(lo, hi + 1);
        }

        double u(double lo, double hi) {
            return lo + (hi - lo) * raw.nextDouble();
        }

        double logU(double lo, double hi) {
            return Math.exp(u(Math.log(lo), Math.log(hi)));
        }

        <T> T pick(List<T> options) {
            return options.get(raw.nextInt(options.size()));
        }
    }
}
