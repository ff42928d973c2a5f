/**
 * Detector evaluation: labelled cases run over many seeds to labelled samples.
 * <p>
 * May import: {@code scenario}, {@code engine}, {@code analysis}, {@code experiment} and the chain value types
 * {@code Rao} and {@code Mechanism}.
 */
package io.dtaolab.experiment.detect;
