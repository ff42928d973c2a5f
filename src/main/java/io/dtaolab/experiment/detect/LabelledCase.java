package io.dtaolab.experiment.detect;

import io.dtaolab.scenario.StrategySpec;

/**
 * An attack strategy and the detector that should catch it; its twin world is the labelled negative. The attack
 * counts as caught by an alarm on its target subnet, or on any subnet when {@code anySubnet} (attacks that, like the
 * sandwich bot, strike wherever victims appear).
 */
public record LabelledCase(String detector, StrategySpec spec, boolean anySubnet) {
}
