/**
 * Calibration of the honest market against the chain: the stylised facts of an honest-only run next to the real ones
 * of {@code networks/mainnet-2026-09-30-market.csv} (cross-section of 30-day log returns, mean-to-final price,
 * owners' trading, heavy tails and autocorrelations), the report that shows them, and the CMA-ES fit of the honest
 * population ({@code calibrate --fit}).
 * <p>
 * May import: {@code scenario}, {@code engine}, {@code analysis}, {@code experiment} and the chain value type
 * {@code Mechanism}.
 */
package io.dtaolab.experiment.calibration;
