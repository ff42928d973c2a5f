package io.dtaolab.agents.catalog;

/** Which side of a run an agent type plays. */
public enum AgentRole {
    HONEST, ADVERSARY;

    public String id() {
        return name().toLowerCase();
    }
}
