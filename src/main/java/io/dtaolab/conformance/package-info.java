/**
 * The conformance-vector runner: executes the chain's own test vectors against {@code chain} and compares.
 * <p>
 * May import: {@code chain}.
 */
package io.dtaolab.conformance;
