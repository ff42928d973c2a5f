package io.dtaolab.chain;

/** What a staking extrinsic did: TAO and alpha moved, fee paid (in the input's unit) and what was left unexecuted. */
public record StakeResult(long taoRao, long alphaRao, long feeRao, long unexecutedRao) {
}
