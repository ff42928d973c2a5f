package io.dtaolab.analysis.detect;

/** TAO a coldkey staked to root behind a validator's hotkey (how stake, or a bribe paid as stake, reaches it). */
public record RootStakeEvent(long block, int coldkey, int hotkey, int hotkeyOwner, double tao) {
}
