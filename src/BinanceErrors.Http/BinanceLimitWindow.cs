namespace BinanceErrors.Http;

/// <summary>
/// One fixed window aligned to the UTC epoch, as the exchange counts (e.g. 6000 weight per 1 minute), with the share
/// the client allows itself after <see cref="BinanceClientOptions.LimitHeadroom"/>.
/// </summary>
/// <param name="Kind">What the window counts.</param>
/// <param name="WindowMs">The window length in milliseconds.</param>
/// <param name="Allowed">The most the client may use in one window (the exchange's limit less the headroom).</param>
public readonly record struct BinanceLimitWindow(BinanceLimitKind Kind, long WindowMs, long Allowed)
{
    /// <summary>The start of the window that contains <paramref name="nowMs"/>.</summary>
    /// <param name="nowMs">An instant in server milliseconds since the epoch.</param>
    /// <returns>The window's first millisecond.</returns>
    public long StartOf(long nowMs) => nowMs - (((nowMs % WindowMs) + WindowMs) % WindowMs);

    /// <summary>The end (exclusive) of the window that contains <paramref name="nowMs"/>.</summary>
    /// <param name="nowMs">An instant in server milliseconds since the epoch.</param>
    /// <returns>The first millisecond of the next window.</returns>
    public long EndOf(long nowMs) => StartOf(nowMs) + WindowMs;

    /// <summary>The header suffix the exchange reports this window with, e.g. <c>1M</c>, <c>10S</c>, <c>1D</c>.</summary>
    public string HeaderSuffix => Internal.LimitWindowText.Suffix(WindowMs);

    /// <summary>Why a request waits for this window, for logs: <c>request weight 1M</c>, <c>raw requests 5M</c>, <c>order count 10S</c>.</summary>
    public string Reason => Kind switch
    {
        BinanceLimitKind.RequestWeight => "request weight " + HeaderSuffix,
        BinanceLimitKind.RawRequests => "raw requests " + HeaderSuffix,
        _ => "order count " + HeaderSuffix,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {HeaderSuffix} ≤ {Allowed}";
}
