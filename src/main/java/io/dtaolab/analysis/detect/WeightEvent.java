package io.dtaolab.analysis.detect;

/** One validator weight set as a chain monitor sees it (see {@link io.dtaolab.engine.MonitorTrace#weights}). */
public record WeightEvent(long block, int netuid, int hotkey, int hotkeyOwner, int subnetOwner, double[] row,
                          double ownerShare) {
}
