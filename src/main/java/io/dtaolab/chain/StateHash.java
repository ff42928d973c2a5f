package io.dtaolab.chain;

/** A 64-bit FNV-1a hash over the whole model state in a fixed order; equal states give equal hashes. */
final class StateHash {
    private static final long PRIME = 0x100000001b3L;
    private long h = 0xcbf29ce484222325L;

    private StateHash() {
    }

    private void mix(long v) {
        for (int i = 0; i < 8; i++) {
            h ^= (v >>> (i * 8)) & 0xff;
            h *= PRIME;
        }
    }

    private void mix(double v) {
        mix(Double.doubleToLongBits(v));
    }

    /** Subnet state, ledger and the sum of free balances: cheap enough to take every tempo. */
    static long ofChain(Network net) {
        StateHash x = chainPart(net);
        x.mix(net.accounts.totalFree());
        return x.h;
    }

    static long of(Network net) {
        StateHash x = chainPart(net);
        for (int c = 0; c < net.accounts.coldkeyCount(); c++) {
            x.mix(net.accounts.free(c));
        }
        for (long key : net.stakes.sortedKeys()) {
            x.mix(key);
            x.mix(net.stakes.valueByKey(key));
            for (long v : net.stakes.sharesByKey(key)) {
                x.mix(v); // coldkey, shares, by coldkey
            }
        }
        return x.h;
    }

    private static StateHash chainPart(Network net) {
        StateHash x = new StateHash();
        Subnets s = net.subnets;
        x.mix(net.block);
        x.mix(net.ledger.minted);
        x.mix(net.ledger.recycled);
        x.mix(net.ledger.burned);
        for (int n = 0; n < s.capacity; n++) {
            if (!s.exists[n]) {
                continue;
            }
            x.mix(n);
            x.mix(s.taoReserve[n]);
            x.mix(s.alphaIn[n]);
            x.mix(s.alphaOut[n]);
            x.mix(s.quoteWeight[n]);
            x.mix(s.ema[n]);
            x.mix(s.flowEma[n]);
            x.mix(s.protocolFlowEma[n]);
            x.mix(s.pendingServer[n]);
            x.mix(s.pendingValidator[n]);
            x.mix(s.pendingRootAlpha[n]);
            x.mix(s.pendingOwnerCut[n]);
            x.mix(s.minerBurned[n]);
            x.mix(net.rootClaims.unclaimed(n));
        }
        return x;
    }
}
