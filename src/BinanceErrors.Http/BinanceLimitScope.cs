namespace BinanceErrors.Http;

/// <summary>
/// Where the exchange counts request weight, raw requests, 429 halts and 418 bans: one venue seen from one egress IP.
/// Every client, key or key-less, that leaves through the same IP shares it. USDⓈ-M and COIN-M futures count in one
/// pool since 2026-06-30: the clients of both use the <see cref="BinanceVenue.UsdMFutures"/> scope.
/// </summary>
/// <param name="Venue">The venue.</param>
/// <param name="IpGroup">The name of the egress IP group (<see cref="BinanceClientOptions.IpGroup"/>; the host by default).</param>
public readonly record struct BinanceLimitScope(BinanceVenue Venue, string IpGroup)
{
    /// <inheritdoc />
    public override string ToString() => $"{BinanceVenueNames.Of(Venue)}/{IpGroup}";
}
