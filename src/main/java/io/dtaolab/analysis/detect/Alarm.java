package io.dtaolab.analysis.detect;

/** A detector's finding: which detector, when (chain block), where, how strong (its score) and why. */
public record Alarm(String detector, long block, int netuid, double score, String evidence) {
}
