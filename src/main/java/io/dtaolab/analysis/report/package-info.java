/**
 * The self-contained HTML report and its SVG charts.
 * <p>
 * May import: {@code engine} (read-only views) and the chain value types {@code Rao} and {@code Mechanism}.
 */
package io.dtaolab.analysis.report;
