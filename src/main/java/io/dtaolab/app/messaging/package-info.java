/**
 * The event bus and channels a run publishes on, SSE broadcasting and the optional Kafka sink.
 * <p>
 * May import: everything below app; within app: config, runs (never jobs).
 */
package io.dtaolab.app.messaging;
