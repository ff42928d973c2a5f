/**
 * One run: the world and its honest twin in lockstep, block clock, mempool and ordering, extrinsic execution, RNG
 * streams, the listener interface and the run's data.
 * <p>
 * May import: {@code chain}, {@code agents}, {@code scenario}.
 */
package io.dtaolab.engine;
