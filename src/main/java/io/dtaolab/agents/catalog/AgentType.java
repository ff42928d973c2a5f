package io.dtaolab.agents.catalog;

import static io.dtaolab.agents.catalog.ParamDef.bool;
import static io.dtaolab.agents.catalog.ParamDef.choice;
import static io.dtaolab.agents.catalog.ParamDef.integer;
import static io.dtaolab.agents.catalog.ParamDef.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every agent type a strategy file may name, with its parameters. Ids are the names used in files. */
public enum AgentType {
    NOISE_TRADER("noise-trader", AgentRole.HONEST,
            "Random buys and sells at Poisson times with heavy-tailed sizes; the background order flow.",
            number("ratePerDay", 0, 1_000, 4, "mean trades per day (Poisson arrivals)"),
            number("sizeTaoMedian", 0.001, 100_000, 1, "median trade size in TAO"),
            number("sizeTailIndex", 1.01, 10, 1.8, "Pareto tail index of trade sizes (lower = heavier tail)"),
            number("walletTao", 0, Limits.MAX_TAO, 100, "starting free balance in TAO"),
            number("slippageTolerance", 0, 1, 0.005, "limit price distance from spot, as a fraction"),
            bool("allowPartial", false, "accept partial fills at the limit price"),
            bool("shielded", false, "submit through the shielded mempool (invisible to front-runners)"),
            number("heterogeneity", 0, 3, 0.5, "log-normal sigma of each agent's own trade rate and median size around the group's values (drawn once from its own stream; 0 = all alike)"),
            number("valueTilt", 0, 50, 2, "leaning against a price away from its anchor: a buy goes through with probability min(1, (anchor/spot)^valueTilt), a sale with min(1, (spot/anchor)^valueTilt)")),
    LONG_TERM_STAKER("long-term-staker", AgentRole.HONEST,
            "Holds a portfolio weighted by its noisy reading of hidden subnet quality; rebalances rarely.",
            number("walletTao", 0, Limits.MAX_TAO, 1_000, "starting free balance in TAO"),
            number("rebalanceEveryDays", 0.01, 365, 7, "days between rebalances"),
            number("valuationNoise", 0, 5, 0.3, "log-normal sigma of its reading of subnet quality"),
            number("conviction", 0, 1, 0.5, "weight on its own valuation versus the market price"),
            number("valueSensitivity", 0, 20, 1, "target weight scaled by (anchor/spot)^valueSensitivity (at most 4), anchor the lower of price EMA and week-ago price: holds less of a subnet above it"),
            number("stepFraction", 0.01, 1, 0.25, "fraction of the gap to its target traded per rebalance (builds and trims positions gradually)")),
    YIELD_CHASER("yield-chaser", AgentRole.HONEST,
            "Moves stake toward the subnets paying the highest recent emission yield.",
            number("walletTao", 0, Limits.MAX_TAO, 500, "starting free balance in TAO"),
            integer("checkEveryBlocks", 1, 216_000, 360, "blocks between yield checks"),
            number("moveThreshold", 0, 10, 0.1, "relative yield advantage needed before moving"),
            number("fractionMoved", 0, 1, 0.25, "fraction of the position moved per decision"),
            number("heterogeneity", 0, 3, 0.5, "log-normal sigma of each agent's own check period, move threshold and premium tolerance around the group's values (drawn once from its own stream; 0 = all alike)"),
            number("yieldNoise", 0, 5, 0.3, "log-normal sigma of its reading of each subnet's yield, drawn at every check"),
            number("buyFraction", 0, 1, 0.25, "fraction of idle TAO staked per check"),
            number("maxPremium", 0, 100, 0.3, "largest premium of spot over its anchor it stakes into; a position above it is moved out")),
    MOMENTUM_FOLLOWER("momentum-follower", AgentRole.HONEST,
            "Buys subnets whose price rose over a lookback window, amplified by hype; exits on stop-loss or after a hold.",
            number("walletTao", 0, Limits.MAX_TAO, 200, "starting free balance in TAO"),
            integer("lookbackBlocks", 1, 216_000, 720, "window over which price change is measured"),
            number("entryThreshold", 0, 10, 0.05, "price rise over the window that triggers a buy"),
            number("hypeSensitivity", 0, 100, 1, "multiplier on entry probability while a subnet is hyped"),
            integer("holdBlocks", 1, Limits.MAX_BLOCKS, 7_200, "maximum blocks a position is held"),
            number("stopLoss", 0, 1, 0.1, "fractional loss from entry that forces a sale"),
            number("heterogeneity", 0, 3, 0.5, "log-normal sigma of each agent's own entry threshold, premium tolerance and buy fraction around the group's values (drawn once from its own stream; 0 = all alike)"),
            number("buyFraction", 0, 1, 0.5, "fraction of free TAO put into one entry"),
            number("maxPremium", 0, 100, 0.3, "largest premium of spot over its anchor it buys at; above it, it sells its position"),
            number("maxDrawdown", 0, 1, 0.5, "loss budget: once its free TAO is this fraction below its starting wallet it stops trading")),
    MINER_SELLER("miner-seller", AgentRole.HONEST,
            "The miners of every subnet (their coldkeys, taken at setup), selling a share of the incentive they earn.",
            number("sellFraction", 0, 1, 0.8, "fraction of earned incentive sold"),
            integer("sellEveryBlocks", 1, 216_000, 360, "mean blocks between sales (Poisson)")),
    SUBNET_OWNER("subnet-owner", AgentRole.HONEST,
            "The owners of every subnet (their coldkeys, taken at setup), selling a share of the owner cut and buying their own alpha as the chain's owners did (defaults from mainnet-2026-09-30-market.csv).",
            number("sellerShare", 0, 1, 0.185, "share of owners that sell their cut (23 of 124 owners in the 30 days before the snapshot)"),
            number("sellRatioMedian", 0, 100, 0.465, "median of a selling owner's alpha sold / owner cut received (owner_cut_sold_ratio_30d of the sellers)"),
            number("sellRatioSigma", 0, 5, 2.67, "log-normal sigma of that ratio across owners"),
            number("buyerShare", 0, 1, 0.078, "share of owners that buy their own alpha (10 of 128)"),
            number("buyTaoMedian", 0, 1_000_000, 24.6, "median TAO a buying owner spends per 30 days (owner_buy_tao_30d of the buyers)"),
            number("buyTaoSigma", 0, 5, 2.28, "log-normal sigma of that amount across owners"),
            integer("tradeEveryBlocks", 1, 216_000, 360, "mean blocks between trades (Poisson)"),
            number("walletTao", 0, Limits.MAX_TAO, 20_000, "TAO the buying owners draw on (their purchases stop when it is spent)")),
    ALPHA_HOLDER("alpha-holder", AgentRole.HONEST,
            "The snapshot's stakers (the genesis holders' coldkey, taken at setup), selling a share of their dividends and slowly leaving.",
            number("dividendSellFraction", 0, 1, 0.5, "fraction of the dividends received that is sold"),
            number("exitPerDay", 0, 1, 0, "mean fraction of the kept position sold per day"),
            number("exitMoodSigma", 0, 3, 0, "log-normal sigma of a subnet's holders' mood, which multiplies exitPerDay (mean 1; 0 = steady)"),
            number("exitMoodDays", 0.01, 365, 3, "correlation time of that mood in days (holders leave in waves)"),
            integer("sellEveryBlocks", 1, 216_000, 1_800, "mean blocks between sales (Poisson)")),
    VALIDATOR("validator", AgentRole.HONEST,
            "Validators that set weights close to true miner quality.",
            number("weightNoise", 0, 1, 0.05, "noise added to true miner quality when setting weights"),
            integer("setWeightsEveryBlocks", 1, 216_000, 360, "blocks between weight updates")),
    ROOT_STAKER("root-staker", AgentRole.HONEST,
            "Stakes TAO on root and claims root dividends.",
            number("walletTao", 0, Limits.MAX_TAO, 5_000, "TAO staked on root"),
            integer("claimEveryBlocks", 1, 216_000, 7_200, "blocks between dividend claims"),
            choice("claimType", "swap", List.of("swap", "keep"),
                    "root claim type: swap sells claimed alpha for root stake, keep stakes it on its subnet")),

    WASH_TRADER("wash-trader", AgentRole.ADVERSARY,
            "Round-trips stake between linked coldkeys to fake volume and flow.",
            number("roundTripTao", 0.001, 1_000_000, 10, "TAO bought and sold per round trip"),
            number("roundTripsPerDay", 0, 7_200, 48, "round trips per day"),
            integer("linkedColdkeys", 1, 10_000, 4, "coldkeys the trades rotate through")),
    PUMP_AND_DUMP("pump-and-dump", AgentRole.ADVERSARY,
            "Accumulates quietly, pumps the price (optionally with hype that draws momentum followers) and dumps.",
            number("accumulateDays", 0, 365, 3, "days spent buying quietly"),
            number("pumpDays", 0, 365, 2, "days of aggressive buying"),
            number("dumpAtRise", 0, 100, 0.3, "sell everything once the price is this fraction above the entry average"),
            bool("hype", false, "announce hype that raises honest momentum buying"),
            number("hypeBuyRateMultiplier", 1, 100, 3, "honest buy-rate multiplier while hype lasts"),
            number("hypeDays", 0, 365, 3, "days the hype lasts")),
    INSIDER_COLLUSION("insider-collusion", AgentRole.ADVERSARY,
            "Subnet owner with a validator cartel and own miners: self-weights, withholds miner emission, buys in concert.",
            integer("cartelValidators", 1, 64, 3, "validators in the cartel"),
            number("cartelStakeTao", 0, Limits.MAX_TAO, 50_000, "TAO the cartel stakes behind its validators"),
            integer("ownerMiners", 0, 256, 2, "miner UIDs the owner runs"),
            bool("withholdMinerEmission", true, "burn/withhold miner emission to lift the emission share"),
            number("coordinatedBuyTao", 0, Limits.MAX_TAO, 100, "TAO bought in concert per tempo"),
            number("bribeTao", 0, Limits.MAX_TAO, 0, "TAO paid to voters per tempo (matters only under root-vote or holder-vote)")),
    SANDWICH_BOT("sandwich-bot", AgentRole.ADVERSARY,
            "Front- and back-runs visible stake orders in the public mempool.",
            number("minVictimTao", 0, Limits.MAX_TAO, 1, "smallest victim order worth attacking, in TAO"),
            number("maxFrontRunTao", 0, Limits.MAX_TAO, 1_000, "largest front-run order, in TAO"),
            bool("useVictimLimit", true, "size the front-run to push the victim exactly to its limit price")),
    FLOW_RECYCLER("flow-recycler", AgentRole.ADVERSARY,
            "Stakes and unstakes the same TAO in cycles to inflate the flow signal that drives emission share.",
            number("cycleTao", 0.001, Limits.MAX_TAO, 1_000, "TAO staked per cycle"),
            integer("holdBlocks", 1, Limits.MAX_BLOCKS, 360, "blocks the stake is held before unstaking")),
    SYBIL_SWARM("sybil-swarm", AgentRole.ADVERSARY,
            "Many small coldkeys acting as one, to game holder-weighted rules or look like organic demand.",
            integer("swarmColdkeys", 1, 100_000, 100, "number of coldkeys in the swarm"),
            number("perKeyTao", 0, Limits.MAX_TAO, 10, "TAO given to each coldkey"),
            choice("behaviour", "stake-and-hold", List.of("stake-and-hold", "wash", "vote"),
                    "what each key does: hold stake, wash trade, or vote (holder-vote)")),
    EMA_TIMER("ema-timer", AgentRole.ADVERSARY,
            "Times buys around the price-EMA update so the EMA, not just spot, is displaced.",
            number("pushTao", 0, Limits.MAX_TAO, 2_000, "TAO used per push"),
            integer("leadBlocks", 1, 216_000, 720, "blocks before the checkpoint the push starts"),
            choice("mode", "pump-before-checkpoint", List.of("pump-before-checkpoint", "suppress-rival"),
                    "lift the target's EMA, or sell into a rival's pool to depress its EMA"),
            integer("rivalNetuid", 0, 65_535, 0, "rival subnet for suppress-rival (0 = none)"),
            choice("checkpoint", "daily", List.of("daily", "epoch"),
                    "what is timed: a checkpoint every day from the start, or every epoch of the target (lead capped at a tempo)")),
    SCRIPT("script", AgentRole.ADVERSARY,
            "Does exactly the actions listed under `actions` (stake, unstake, move at block offsets), then sells out at `stop`; "
                    + "how a historical incident or a searched attack becomes a plain strategy file. No parameters.");

    private final String id;
    private final AgentRole role;
    private final String doc;
    private final List<ParamDef> params;

    AgentType(String id, AgentRole role, String doc, ParamDef... params) {
        this.id = id;
        this.role = role;
        this.doc = doc;
        this.params = List.of(params);
    }

    public String id() {
        return id;
    }

    public AgentRole role() {
        return role;
    }

    public String doc() {
        return doc;
    }

    public List<ParamDef> params() {
        return params;
    }

    public List<String> paramNames() {
        return params.stream().map(ParamDef::name).toList();
    }

    public Optional<ParamDef> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static Optional<AgentType> byId(String id) {
        for (AgentType t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static List<AgentType> of(AgentRole role) {
        List<AgentType> list = new ArrayList<>();
        for (AgentType t : values()) {
            if (t.role == role) {
                list.add(t);
            }
        }
        return List.copyOf(list);
    }

    public static List<String> ids(AgentRole role) {
        return of(role).stream().map(AgentType::id).toList();
    }

    /** Typed parameters with defaults filled. Throws IllegalArgumentException naming the first bad parameter. */
    public AgentParams resolve(Map<String, ?> raw) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            if (param(key).isEmpty()) {
                throw new IllegalArgumentException("unknown parameter '" + key + "' for agent type '" + id
                        + "'; allowed: " + String.join(", ", paramNames()));
            }
        }
        for (ParamDef p : params) {
            if (raw.containsKey(p.name())) {
                try {
                    values.put(p.name(), p.coerce(raw.get(p.name())));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("parameter '" + p.name() + "' of '" + id + "': " + e.getMessage()
                            + "; allowed: " + p.allowed(), e);
                }
            } else {
                values.put(p.name(), p.defaultValue());
            }
        }
        return new AgentParams(this, values);
    }

    /** Shared bounds. */
    public static final class Limits {
        /** Total TAO supply; no wallet or budget can exceed it. */
        public static final double MAX_TAO = 21_000_000;
        /** Longest run: 730 days of 12-second blocks. */
        public static final long MAX_BLOCKS = 5_256_000;
        /** Longest warm-up before a run: 365 days. */
        public static final long MAX_WARMUP_BLOCKS = 2_628_000;

        private Limits() {
        }
    }
}
