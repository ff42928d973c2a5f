/**
 * The agent SPI: what an agent sees (a read-only market view, signals, its own RNG) and the extrinsics it submits.
 * <p>
 * May import: {@code chain}.
 */
package io.dtaolab.agents;
