package io.dtaolab.app.messaging;

/** Names of the in-process channels the engine publishes to. */
public final class Channels {
    public static final String STATE = "lab-state";
    public static final String TEMPO = "lab-tempo";
    public static final String TRADES = "lab-trades";
    public static final String BLOCKS = "lab-blocks";
    public static final String ALARMS = "lab-alarms";
    /** Outgoing connector channel of the optional Kafka sink. */
    public static final String KAFKA = "lab-kafka";

    private Channels() {
    }
}
