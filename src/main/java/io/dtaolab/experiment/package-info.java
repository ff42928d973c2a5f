/**
 * Every way a strategy is executed, around {@link io.dtaolab.experiment.RunPipeline}: one run with or without
 * detectors and its run directory. Local executors only; framework-free.
 * <p>
 * May import: {@code scenario}, {@code engine}, {@code analysis} and the chain value types {@code Rao} and {@code
 * Mechanism}.
 */
package io.dtaolab.experiment;
