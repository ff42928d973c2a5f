package io.dtaolab.chain;

/** A subnet registration: the netuid given, the lock paid, and the subnet pruned to make room (-1 if none). */
public record RegistrationResult(int netuid, long lockRao, int prunedNetuid) {
}
