/**
 * The honest market on its own: how far an honest-only network's prices move in a day ({@link DailyMove},
 * {@link StabilityCheck}), and how its stylised facts compare with the chain's.
 */
package io.dtaolab.experiment.market;
