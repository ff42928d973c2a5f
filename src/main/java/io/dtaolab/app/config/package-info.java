/**
 * The lab's configuration ({@code lab.*}).
 * <p>
 * May import: frameworks only; no other app room.
 */
package io.dtaolab.app.config;
