/**
 * The service's worst-attack searches: queued search jobs over the experiment layer's AttackSearch, their state,
 * progress (also on SSE) and result files.
 * <p>
 * May import: everything below app; within app: config, runs, jobs, sweeps (the base guard), messaging.
 */
package io.dtaolab.app.searches;
