namespace BinanceErrors.Http;

/// <summary>What one request asks of the limits before it is sent.</summary>
/// <param name="Scope">The venue and egress IP group whose weight, raw-request count, halt and ban apply.</param>
/// <param name="Account">A stable, non-secret id of the account (a hash of the API key) whose order windows apply; <see langword="null"/> for key-less clients.</param>
/// <param name="Weight">The request's weight.</param>
/// <param name="ShortWindowOrders">
/// What the request adds to order-count windows under a minute (<c>X-MBX-ORDER-COUNT-10S</c>): 1 for an order placement,
/// 5 for a USDⓈ-M <c>batchOrders</c>, 0 for requests that place nothing.
/// </param>
/// <param name="LongWindowOrders">What the request adds to order-count windows of a minute or more (<c>-1M</c>, <c>-1D</c>): 1 for any order placement, 0 otherwise.</param>
/// <param name="NowMs">The instant in server milliseconds.</param>
/// <param name="Windows">Every window that applies: IP windows, and the account's order windows.</param>
public readonly record struct BinanceLimitReservation(
    BinanceLimitScope Scope,
    string? Account,
    int Weight,
    int ShortWindowOrders,
    int LongWindowOrders,
    long NowMs,
    IReadOnlyList<BinanceLimitWindow> Windows)
{
    /// <summary>Whether the request counts in the account's order windows at all.</summary>
    public bool PlacesOrder => ShortWindowOrders > 0 || LongWindowOrders > 0;

    /// <summary>How much the request adds to a window (0 when the window does not count it).</summary>
    /// <param name="window">The window.</param>
    /// <returns>The weight, 1 raw request, the order count for the window's length, or 0.</returns>
    public long AmountFor(BinanceLimitWindow window) => window.Kind switch
    {
        BinanceLimitKind.RequestWeight => Weight,
        BinanceLimitKind.RawRequests => 1,
        _ when Account is null => 0,
        _ => window.WindowMs < 60_000 ? ShortWindowOrders : LongWindowOrders,
    };
}
