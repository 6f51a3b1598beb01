namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// A futures venue as a configuration of the one futures validator: the codes and steps where USDⓈ-M and COIN-M
/// differ. Immutable; one instance per venue.
/// </summary>
internal sealed class FuturesVenue
{
    /// <summary>USDⓈ-M (<c>/fapi</c>).</summary>
    public static FuturesVenue UsdM { get; } = new()
    {
        Venue = BinanceVenue.UsdMFutures,
        MarketPercentPriceCode = UsdMFuturesErrorCodes.MarketOrderReject,
    };

    /// <summary>Gets the venue whose catalog the rejections come from.</summary>
    public required BinanceVenue Venue { get; init; }

    /// <summary>Gets the code of a MARKET order whose counterparty price breaks PERCENT_PRICE (USDⓈ-M -4131, COIN-M -4113).</summary>
    public required int MarketPercentPriceCode { get; init; }
}
