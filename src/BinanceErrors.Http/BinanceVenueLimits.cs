namespace BinanceErrors.Http;

/// <summary>
/// The documented default limits of each venue, for <see cref="BinanceClientOptions.RequestWeightLimits"/> and
/// <see cref="BinanceClientOptions.OrderLimits"/>. The options default to Spot's; a USDⓈ-M client needs its own
/// (2400 weight per minute; 300 orders per 10 seconds and 1200 per minute, reported in <c>X-MBX-ORDER-COUNT-10S</c>
/// and <c>X-MBX-ORDER-COUNT-1M</c>). Since 2026-06-30 COIN-M shares these pools with USDⓈ-M (one weight pool per IP,
/// one order pool per account), so its defaults are the same and both venues count in one scope. Accounts can have
/// other ceilings: <c>GET /fapi/v1/rateLimit/order</c> returns the account's own, and those should replace these.
/// </summary>
public static class BinanceVenueLimits
{
    /// <summary>The request-weight limits per IP of a venue.</summary>
    /// <param name="venue">The venue.</param>
    /// <returns>The limits (new instances).</returns>
    public static IReadOnlyList<BinanceRateLimit> RequestWeight(BinanceVenue venue) => venue switch
    {
        BinanceVenue.UsdMFutures or BinanceVenue.CoinMFutures => [new(BinanceRateLimitType.RequestWeight, TimeSpan.FromMinutes(1), 2400)],
        _ => [new(BinanceRateLimitType.RequestWeight, TimeSpan.FromMinutes(1), 6000)],
    };

    /// <summary>The unfilled-order limits per account of a venue.</summary>
    /// <param name="venue">The venue.</param>
    /// <returns>The limits (new instances).</returns>
    public static IReadOnlyList<BinanceRateLimit> Orders(BinanceVenue venue) => venue switch
    {
        BinanceVenue.UsdMFutures or BinanceVenue.CoinMFutures => [new(BinanceRateLimitType.Orders, TimeSpan.FromSeconds(10), 300), new(BinanceRateLimitType.Orders, TimeSpan.FromMinutes(1), 1200)],
        _ => [new(BinanceRateLimitType.Orders, TimeSpan.FromSeconds(10), 50), new(BinanceRateLimitType.Orders, TimeSpan.FromDays(1), 160_000)],
    };

    /// <summary>Replaces the options' limits with the documented defaults of <see cref="BinanceClientOptions.Venue"/>.</summary>
    /// <param name="options">The options to change.</param>
    /// <returns>The same options.</returns>
    public static BinanceClientOptions ApplyTo(BinanceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequestWeightLimits.Clear();
        options.OrderLimits.Clear();
        foreach (var rule in RequestWeight(options.Venue))
        {
            options.RequestWeightLimits.Add(rule);
        }

        foreach (var rule in Orders(options.Venue))
        {
            options.OrderLimits.Add(rule);
        }

        return options;
    }
}
