/**
 * Strategy and sweep files: records, YAML/JSON loading, validation with file:line:column errors, the JSON Schema,
 * snapshots, and the only place a preset name becomes a mechanism (with the file's overrides).
 * <p>
 * May import: {@code chain}, {@code agents}.
 */
package io.dtaolab.scenario;
