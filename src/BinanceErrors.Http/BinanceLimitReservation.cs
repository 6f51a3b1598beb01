namespace BinanceErrors.Http;

/// <summary>What one request asks of the limits before it is sent.</summary>
/// <param name="Scope">The venue and egress IP group whose weight, raw-request count, halt and ban apply.</param>
/// <param name="Account">A stable, non-secret id of the account (a hash of the API key) whose order windows apply; <see langword="null"/> for key-less clients.</param>
/// <param name="Weight">The request's weight.</param>
/// <param name="PlacesOrder">Whether the request takes an order slot.</param>
/// <param name="NowMs">The instant in server milliseconds.</param>
/// <param name="Windows">Every window that applies: IP windows, and order windows when the request places an order.</param>
public readonly record struct BinanceLimitReservation(
    BinanceLimitScope Scope,
    string? Account,
    int Weight,
    bool PlacesOrder,
    long NowMs,
    IReadOnlyList<BinanceLimitWindow> Windows)
{
    /// <summary>How much the request adds to a window of a kind (0 when the window does not count it).</summary>
    /// <param name="kind">The window kind.</param>
    /// <returns>The weight, 1, or 0.</returns>
    public long AmountFor(BinanceLimitKind kind) => kind switch
    {
        BinanceLimitKind.RequestWeight => Weight,
        BinanceLimitKind.RawRequests => 1,
        _ => PlacesOrder && Account is not null ? 1 : 0,
    };
}
