/**
 * Measures (one definition each), reports (markdown, JSON, CSV) and the run-directory writer: pure functions of a
 * run's data.
 * <p>
 * May import: {@code engine} (read-only views) and the chain value types {@code Rao} and {@code Mechanism}.
 */
package io.dtaolab.analysis;
