package io.dtaolab.engine;

/** One agent's result in one world, in TAO: budget, value marked to a simulated exit, what trading cost it. */
public record AgentOutcome(String world, String id, String agentClass, boolean adversary, int target, double budgetTao,
                           double exitValueTao, double feesTao, double impactPaidTao, double slippageSufferedTao,
                           double maxCapitalAtRiskTao, long executed, long refused) {

    public double pnlTao() {
        return exitValueTao - budgetTao;
    }
}
