namespace BinanceErrors.Preflight.Numbers;

/// <summary>
/// Where a decimal order parameter is kept in <see cref="OrderNumbers"/> and in a validation result. Five slots serve
/// every venue: a Spot order has no activation price or callback rate, a futures order no quoteOrderQty or icebergQty,
/// so those share slots (a result half the size is a result copied in half the time).
/// </summary>
internal enum NumberSlot
{
    /// <summary><c>quantity</c>.</summary>
    Quantity = 0,

    /// <summary><c>quoteOrderQty</c> (Spot).</summary>
    QuoteOrderQty = 1,

    /// <summary><c>activationPrice</c> (futures trailing stops; Spot's quoteOrderQty slot).</summary>
    ActivationPrice = 1,

    /// <summary><c>price</c>.</summary>
    Price = 2,

    /// <summary><c>stopPrice</c> (<c>triggerPrice</c> on the futures algo endpoint).</summary>
    StopPrice = 3,

    /// <summary><c>icebergQty</c> (Spot).</summary>
    IcebergQty = 4,

    /// <summary><c>callbackRate</c> (futures trailing stops; Spot's icebergQty slot).</summary>
    CallbackRate = 4,
}
