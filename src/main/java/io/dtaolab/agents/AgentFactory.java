package io.dtaolab.agents;

import io.dtaolab.agents.adversary.EmaTimer;
import io.dtaolab.agents.adversary.FlowRecycler;
import io.dtaolab.agents.adversary.InsiderCollusion;
import io.dtaolab.agents.adversary.PumpAndDump;
import io.dtaolab.agents.adversary.SandwichBot;
import io.dtaolab.agents.adversary.SybilSwarm;
import io.dtaolab.agents.adversary.WashTrader;
import io.dtaolab.agents.adversary.Attack;
import io.dtaolab.agents.adversary.ScriptAction;
import io.dtaolab.agents.adversary.ScriptedAdversary;
import java.util.List;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.agents.catalog.AgentRole;
import io.dtaolab.agents.catalog.AgentType;
import io.dtaolab.agents.honest.LongTermStaker;
import io.dtaolab.agents.honest.AlphaHolder;
import io.dtaolab.agents.honest.MinerSeller;
import io.dtaolab.agents.honest.SubnetOwner;
import io.dtaolab.agents.honest.MomentumFollower;
import io.dtaolab.agents.honest.NoiseTrader;
import io.dtaolab.agents.honest.RootStaker;
import io.dtaolab.agents.honest.Validator;
import io.dtaolab.agents.honest.YieldChaser;

/** Builds agents from catalogue types. The agents layer does not know scenario specs; the scenario layer maps them. */
public final class AgentFactory {
    private AgentFactory() {
    }

    /**
     * An honest agent. {@code runStartBlock} is the absolute first block of the run (agents get it again in
     * {@link Agent#firstWake}); kept for symmetry with {@link #adversary}.
     */
    public static Agent honest(AgentType type, AgentParams params, String id, long runStartBlock) {
        check(type, params, AgentRole.HONEST);
        return switch (type) {
            case NOISE_TRADER -> new NoiseTrader(id, params);
            case LONG_TERM_STAKER -> new LongTermStaker(id, params);
            case YIELD_CHASER -> new YieldChaser(id, params);
            case MOMENTUM_FOLLOWER -> new MomentumFollower(id, params);
            case MINER_SELLER -> new MinerSeller(id, params);
            case SUBNET_OWNER -> new SubnetOwner(id, params);
            case ALPHA_HOLDER -> new AlphaHolder(id, params);
            case VALIDATOR -> new Validator(id, params);
            case ROOT_STAKER -> new RootStaker(id, params);
            default -> throw new IllegalArgumentException(type.id() + " is not an honest agent type");
        };
    }

    /**
     * An adversary acting on {@code target} from {@code startBlock} (inclusive) to {@code stopBlock} (absolute
     * blocks; at stopBlock it unwinds and stops). {@code budgetRao} is the TAO it is funded with across its coldkeys;
     * {@code coldkeys} is the spec's key count (types with their own key-count parameter use that instead).
     */
    public static Agent adversary(String id, AgentType type, AgentParams params, int target, long budgetRao,
                                  long startBlock, long stopBlock, int coldkeys, boolean shielded) {
        check(type, params, AgentRole.ADVERSARY);
        if (budgetRao < 0 || stopBlock < startBlock) {
            throw new IllegalArgumentException("budget must be ≥ 0 and stop ≥ start");
        }
        Attack a = new Attack(target, budgetRao, startBlock, stopBlock, Math.max(1, coldkeys), shielded);
        return switch (type) {
            case WASH_TRADER -> new WashTrader(id, params, a);
            case PUMP_AND_DUMP -> new PumpAndDump(id, params, a);
            case INSIDER_COLLUSION -> new InsiderCollusion(id, params, a);
            case SANDWICH_BOT -> new SandwichBot(id, params, a);
            case FLOW_RECYCLER -> new FlowRecycler(id, params, a);
            case SYBIL_SWARM -> new SybilSwarm(id, params, a);
            case EMA_TIMER -> new EmaTimer(id, params, a);
            case SCRIPT -> new ScriptedAdversary(id, params, a, List.of(), startBlock); // actions come via script()
            default -> throw new IllegalArgumentException(type.id() + " is not an adversary type");
        };
    }

    /**
     * A scripted adversary: {@code actions} at block offsets from {@code runStartBlock}, active from {@code startBlock}
     * to {@code stopBlock} (absolute), funded with {@code budgetRao} split over {@code coldkeys} keys.
     */
    public static Agent script(String id, List<ScriptAction> actions, int target, long budgetRao, long startBlock,
                               long stopBlock, int coldkeys, boolean shielded, long runStartBlock) {
        if (budgetRao < 0 || stopBlock < startBlock) {
            throw new IllegalArgumentException("budget must be ≥ 0 and stop ≥ start");
        }
        Attack a = new Attack(target, budgetRao, startBlock, stopBlock, Math.max(1, coldkeys), shielded);
        return new ScriptedAdversary(id, AgentType.SCRIPT.resolve(java.util.Map.of()), a, actions, runStartBlock);
    }

    private static void check(AgentType type, AgentParams params, AgentRole role) {
        if (type.role() != role) {
            throw new IllegalArgumentException(type.id() + " is not a " + role.name().toLowerCase() + " agent type");
        }
        if (params.type() != type) {
            throw new IllegalArgumentException("parameters of " + params.type().id() + " given for " + type.id());
        }
    }
}
