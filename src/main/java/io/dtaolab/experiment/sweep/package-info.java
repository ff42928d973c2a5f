/**
 * Sweeps: a grid of strategy variants times seeds, planned, executed (local threads here; Kafka in app/kafka),
 * collected once per run key and aggregated into CSV, JSON, markdown and HTML.
 * <p>
 * May import: {@code scenario}, {@code engine}, {@code analysis}, {@code experiment} and the chain value types
 * {@code Rao} and {@code Mechanism}.
 */
package io.dtaolab.experiment.sweep;
