/**
 * What a service run is and how a request for one is read: records, states, the live handle, requests and the
 * shipped-strategy catalogue.
 * <p>
 * May import: everything below app; within app: config only.
 */
package io.dtaolab.app.runs;
