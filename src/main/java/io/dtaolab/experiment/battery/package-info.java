/**
 * The attack battery: every shipped attack run through {@link io.dtaolab.experiment.RunPipeline} under a mechanism,
 * and the battery report.
 * <p>
 * May import: {@code scenario}, {@code engine}, {@code analysis}, {@code experiment} and the chain value types
 * {@code Rao} and {@code Mechanism}.
 */
package io.dtaolab.experiment.battery;
