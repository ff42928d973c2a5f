/**
 * Multi-seed runs: one strategy under one mechanism over consecutive seeds on a thread pool, each seed's run directory
 * written through {@link io.dtaolab.experiment.RunPipeline}, and the distribution summary (seeds.json, seeds.md).
 * <p>
 * May import: {@code scenario}, {@code engine}, {@code analysis}, {@code experiment} and the chain value types
 * {@code Rao} and {@code Mechanism}.
 */
package io.dtaolab.experiment.seeds;
