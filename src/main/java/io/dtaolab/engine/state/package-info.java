/**
 * The saved-state format's object-graph codec: a world's reachable objects written field by field in a fixed order
 * (the order {@code DeepCopy} copies them in) and read back into the same shape, plus the checks a reader makes on a
 * file it did not write.
 * <p>
 * May import: the JDK only (it is generic; {@code engine} decides what is written).
 */
package io.dtaolab.engine.state;
