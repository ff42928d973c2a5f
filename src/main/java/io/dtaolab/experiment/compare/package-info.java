/**
 * Preset comparison: the same attack and twin under several mechanisms, ranked, as markdown and JSON.
 * <p>
 * May import: {@code scenario}, {@code engine}, {@code analysis}, {@code experiment} and the chain value types
 * {@code Rao} and {@code Mechanism}.
 */
package io.dtaolab.experiment.compare;
