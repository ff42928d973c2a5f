/**
 * The shipped adversaries (wash trader, pump and dump, collusion, sandwich, flow recycler, sybil swarm, EMA timer,
 * script).
 * <p>
 * May import: {@code chain}, {@code agents}.
 */
package io.dtaolab.agents.adversary;
