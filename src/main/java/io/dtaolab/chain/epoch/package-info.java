/**
 * Epoch maths: Yuma consensus, dividends, root and holder votes, pending emission and payouts.
 * <p>
 * May import: the JDK and {@code chain}.
 */
package io.dtaolab.chain.epoch;
