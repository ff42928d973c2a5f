/**
 * REST resources, request bodies, views and problem+json mapping.
 * <p>
 * May import: everything; frameworks live only in app.
 */
package io.dtaolab.app.api;
