/**
 * Attack search and shrinking: candidate strategies generated from a search space, each run over seeds through
 * {@link io.dtaolab.experiment.RunPipeline}, scored, the best kept and shrunk to a minimal attack.
 * <p>
 * May import: {@code scenario}, {@code engine}, {@code analysis}, {@code experiment} and the chain value types
 * {@code Rao} and {@code Mechanism}.
 */
package io.dtaolab.experiment.search;
