namespace BinanceErrors.Preflight.Numbers;

/// <summary>Where a decimal order parameter is kept in <see cref="OrderNumbers"/>.</summary>
internal enum NumberSlot
{
    /// <summary><c>quantity</c>.</summary>
    Quantity = 0,

    /// <summary><c>quoteOrderQty</c> (Spot).</summary>
    QuoteOrderQty,

    /// <summary><c>price</c>.</summary>
    Price,

    /// <summary><c>stopPrice</c> (<c>triggerPrice</c> on the futures algo endpoint).</summary>
    StopPrice,

    /// <summary><c>icebergQty</c> (Spot).</summary>
    IcebergQty,

    /// <summary><c>activationPrice</c> (futures trailing stops).</summary>
    ActivationPrice,

    /// <summary><c>callbackRate</c> (futures trailing stops).</summary>
    CallbackRate,
}
