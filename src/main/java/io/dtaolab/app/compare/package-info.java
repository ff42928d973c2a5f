/**
 * The service's preset comparisons: queued jobs, their state and progress.
 * <p>
 * May import: everything; frameworks live only in app. Within app: config, runs, jobs.
 */
package io.dtaolab.app.compare;
