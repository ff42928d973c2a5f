/**
 * The picocli commands (run, compare, sweep, validate, vectors, worker, serve).
 * <p>
 * May import: everything; frameworks live only in app.
 */
package io.dtaolab.app.cli;
