/**
 * Detectors watching a world's trades and weight sets, their alarms, scoring against labelled samples.
 * <p>
 * May import: {@code engine} (read-only views) and the chain value types {@code Rao} and {@code Mechanism}.
 */
package io.dtaolab.analysis.detect;
