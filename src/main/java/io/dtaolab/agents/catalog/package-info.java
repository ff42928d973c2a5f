/**
 * The catalogue of agent types and their parameters, as strategy files name them.
 * <p>
 * May import: {@code chain}, {@code agents}.
 */
package io.dtaolab.agents.catalog;
