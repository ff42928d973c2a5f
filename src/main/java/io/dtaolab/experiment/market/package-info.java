/**
 * The honest market on its own: how far an honest-only network's prices move in a day ({@link DailyMove},
 * {@link StabilityCheck}, the {@code stability} command's logic).
 * <p>
 * May import: {@code scenario}, {@code engine}, {@code analysis} and the chain value type {@code Mechanism}.
 */
package io.dtaolab.experiment.market;
