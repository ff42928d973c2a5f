/**
 * The service's sweeps: queued sweep jobs over the experiment layer's SweepJob.
 * <p>
 * May import: everything below app; within app: config, runs, jobs.
 */
package io.dtaolab.app.sweeps;
