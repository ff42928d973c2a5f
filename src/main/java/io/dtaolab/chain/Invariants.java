package io.dtaolab.chain;

import java.util.ArrayList;
import java.util.List;

/**
 * The ledger identities of DESIGN.md §2, checked exactly:
 * TAO: Σ free + Σ reserves (root stake included) + pending root TAO + LP fee accounts + outside + burned + recycled
 * = initial issuance + minted. Alpha, per subnet: SubnetAlphaOut = staked + protocol + pending pots + burned
 * + root dividends not yet claimed + LP fee alpha + the coinbase's unowned flooring dust.
 * Plus: no negative balance or reserve; pools not below the minimum reserve (unless seeded so).
 */
final class Invariants {
    private Invariants() {
    }

    static List<String> check(Network net) {
        List<String> problems = new ArrayList<>();
        Subnets s = net.subnets;
        Ledger l = net.ledger;
        long held = net.accounts.totalFree() + l.outside + l.burned + l.recycled;
        for (int n = 0; n < s.capacity; n++) {
            held += s.taoReserve[n] + s.pendingRootTao[n] + s.lpFeeTao[n];
        }
        long expected = l.initialIssuance() + l.minted;
        if (held != expected) {
            problems.add("TAO identity off by " + (held - expected) + " RAO (held " + held + ", issued " + expected + ")");
        }
        for (int c = 0; c < net.accounts.coldkeyCount(); c++) {
            if (net.accounts.free(c) < 0) {
                problems.add("coldkey " + c + " has a negative balance");
            }
        }
        long rootStaked = net.stakes.stakedTotal(0);
        if (rootStaked != s.taoReserve[0]) {
            problems.add("root stake " + rootStaked + " ≠ root reserve " + s.taoReserve[0]);
        }
        for (int n = 1; n < s.capacity; n++) {
            if (!s.exists[n]) {
                continue;
            }
            long alphaHeld = net.stakes.stakedTotal(n) + s.protocolAlpha[n] + s.pendingServer[n] + s.pendingValidator[n]
                    + s.pendingRootAlpha[n] + s.pendingOwnerCut[n] + s.alphaBurned[n] + net.rootClaims.unclaimed(n)
                    + s.alphaDust[n] + s.lpFeeAlpha[n];
            if (alphaHeld != s.alphaOut[n]) {
                problems.add("subnet " + n + ": alpha outstanding " + s.alphaOut[n] + " ≠ held " + alphaHeld);
            }
            if (s.taoReserve[n] < 0 || s.alphaIn[n] < 0 || s.alphaOut[n] < 0) {
                problems.add("subnet " + n + ": negative reserve");
            }
        }
        return problems;
    }
}
