/**
 * Queueing, executing and storing service runs: the run manager, its worker (through RunPipeline), state
 * transitions, the run store, bounded pools and job ids.
 * <p>
 * May import: everything below app; within app: config, runs, messaging.
 */
package io.dtaolab.app.jobs;
