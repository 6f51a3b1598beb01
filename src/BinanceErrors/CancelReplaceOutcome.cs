namespace BinanceErrors;

/// <summary>
/// Both halves of a failed Spot cancel-replace (-2021 / -2022), read from the error's <c>data</c> object, so that a
/// caller can see what happened to the old order and to the new one.
/// </summary>
/// <param name="CancelResult">What happened to the cancel.</param>
/// <param name="NewOrderResult">What happened to the new order.</param>
/// <param name="CancelResponseJson">The <c>cancelResponse</c> object as sent (an order or a nested error), or <see langword="null"/>.</param>
/// <param name="NewOrderResponseJson">The <c>newOrderResponse</c> object as sent, or <see langword="null"/>.</param>
/// <param name="CancelErrorCode">The nested error code of the cancel, when it failed.</param>
/// <param name="NewOrderErrorCode">The nested error code of the new order, when it failed.</param>
public sealed record CancelReplaceOutcome(
    CancelReplaceLegResult CancelResult,
    CancelReplaceLegResult NewOrderResult,
    string? CancelResponseJson,
    string? NewOrderResponseJson,
    int? CancelErrorCode,
    int? NewOrderErrorCode);
