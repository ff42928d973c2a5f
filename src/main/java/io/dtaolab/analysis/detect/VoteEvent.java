package io.dtaolab.analysis.detect;

/**
 * A vote on subnet weights (index = netuid): a holder vote by a coldkey ({@code hotkey} -1) or a root validator's
 * root weights ({@code coldkey} = the hotkey's owner).
 */
public record VoteEvent(long block, int coldkey, int hotkey, double[] weightsByNetuid) {
    public boolean holder() {
        return hotkey < 0;
    }
}
