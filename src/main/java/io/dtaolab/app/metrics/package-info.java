/**
 * Micrometer binders for runs and the lab.
 * <p>
 * May import: everything below app; within app: config, runs, jobs, messaging.
 */
package io.dtaolab.app.metrics;
