/**
 * Pool maths: constant-product and Balancer weighted pools, swap fees, fixed-point helpers.
 * <p>
 * May import: the JDK and {@code chain}.
 */
package io.dtaolab.chain.pool;
