/**
 * One handler per vector kind (swaps, pool prices, Balancer maths).
 * <p>
 * May import: {@code chain}, {@code conformance}.
 */
package io.dtaolab.conformance.kinds;
