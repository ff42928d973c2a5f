/**
 * The mechanism: subnets, pools, coinbase, emission rules, Yuma epochs, staking operations, lifecycle and ledger, in
 * integer RAO. Ground truth is research/dtao-mechanics.md.
 * <p>
 * May import: the JDK only (and its own sub-packages).
 */
package io.dtaolab.chain;
