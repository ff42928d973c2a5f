package io.dtaolab.agents.catalog;

/** The value type of an agent parameter. */
public enum ParamKind {
    NUMBER, INTEGER, BOOLEAN, ENUM;

    public String id() {
        return name().toLowerCase();
    }
}
