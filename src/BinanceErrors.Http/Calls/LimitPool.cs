namespace BinanceErrors.Http.Calls;

/// <summary>
/// Where the exchange counts a client's requests: the <see cref="BinanceLimitScope"/> of its weight, raw requests,
/// halts and bans (and, with the account, of its orders). Since 2026-06-30 USDⓈ-M and COIN-M futures share one IP weight
/// pool (2400 per minute) and one order pool per account (1200 per minute, 300 per 10 seconds), so both count in the
/// USDⓈ-M scope, and by default the <c>fapi.</c> and <c>dapi.</c> hosts of one domain (fapi.binance.com,
/// dapi.binance.com) are one IP group. Spot and Binance.US keep pools of their own.
/// </summary>
internal static class LimitPool
{
    /// <summary>The scope a client of <paramref name="venue"/> counts in.</summary>
    /// <param name="venue">The client's venue.</param>
    /// <param name="ipGroup">The client's <see cref="BinanceClientOptions.IpGroup"/>, or <see langword="null"/> for the host's.</param>
    /// <param name="authority">The host (and port) the request goes to.</param>
    /// <returns>The scope.</returns>
    public static BinanceLimitScope Scope(BinanceVenue venue, string? ipGroup, string authority) =>
        venue is BinanceVenue.UsdMFutures or BinanceVenue.CoinMFutures
            ? new BinanceLimitScope(BinanceVenue.UsdMFutures, ipGroup ?? FuturesHost(authority))
            : new BinanceLimitScope(venue, ipGroup ?? authority);

    /// <summary>The host with a leading <c>fapi.</c> or <c>dapi.</c> label taken off, so the two APIs of one domain are one group.</summary>
    private static string FuturesHost(string authority) =>
        authority.StartsWith("fapi.", StringComparison.OrdinalIgnoreCase) || authority.StartsWith("dapi.", StringComparison.OrdinalIgnoreCase)
            ? authority[5..]
            : authority;
}
