package io.dtaolab.chain;

/** Errors the chain's extrinsics and swaps can fail with; names match subtensor's error variants. */
public enum ChainError {
    PriceLimitExceeded,
    ReservesTooLow,
    SwapInputTooLarge,
    InsufficientLiquidity,
    SlippageTooHigh,
    AmountTooLow,
    NotEnoughBalance,
    NotEnoughStake,
    StakingOperationRateLimitExceeded,
    SubtokenDisabled,
    SubnetNotExists,
    SubnetLimitReached,
    NetworkTxRateLimitExceeded,
    InvalidWeights,
    NotSubnetOwner,
    InsufficientInputAmount,
    HotKeyAlreadyRegisteredInSubNet,
    NonAssociatedColdKey,
    NoNeuronIdAvailable
}
