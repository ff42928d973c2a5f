/**
 * The honest agents (traders, stakers, validators) and the honest background of validators no agent controls.
 * <p>
 * May import: {@code chain}, {@code agents}.
 */
package io.dtaolab.agents.honest;
