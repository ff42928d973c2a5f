/**
 * The Kafka edge of sweeps: the Kafka executor, topics and the worker process.
 * <p>
 * May import: everything; frameworks live only in app. Within app: nothing.
 */
package io.dtaolab.app.kafka;
