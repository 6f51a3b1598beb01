namespace BinanceErrors;

/// <summary>
/// What the failed request was trying to do. An unknown outcome means "reconcile" for a request that changes
/// orders but only "retry" for a read, so the classifier's advice depends on it.
/// </summary>
public enum RequestIntent
{
    /// <summary>Not known; advice assumes the request may have changed state (the safe side).</summary>
    Unspecified = 0,

    /// <summary>A read with no side effects (market data, order or account queries): safe to repeat.</summary>
    Read = 1,

    /// <summary>Places an order or an order list, or cancel-replaces one.</summary>
    PlaceOrder = 2,

    /// <summary>Cancels or amends an order.</summary>
    CancelOrder = 3,

    /// <summary>Any other state-changing request (listen keys, transfers, settings).</summary>
    OtherWrite = 4,
}
