namespace BinanceErrors.Preflight.Tests;

/// <summary>
/// What the decimal futures oracle does differently on USDⓈ-M and COIN-M, stated from the documents (docs/preflight.md,
/// ../shared/spec/changes-2025-2026.md COIN-M section, the COIN-M error-code page in data/catalog/coinm.json), not from
/// the product's <c>FuturesVenue</c>: the oracle keeps its own copy of each difference so that a wrong setting in the
/// product shows up as a disagreement.
/// </summary>
internal sealed record OracleFuturesVenue
{
    /// <summary>USDⓈ-M (<c>/fapi</c>).</summary>
    public static OracleFuturesVenue UsdM { get; } = new()
    {
        IsCoinM = false,
        MarketPercentPriceCode = UsdMFuturesErrorCodes.MarketOrderReject,
        MinNotionalCode = UsdMFuturesErrorCodes.MinNotional,
        MaxCallbackRate = 20m,
    };

    /// <summary>COIN-M (<c>/dapi</c>).</summary>
    public static OracleFuturesVenue CoinM { get; } = new()
    {
        IsCoinM = true,
        MarketPercentPriceCode = CoinMFuturesErrorCodes.MarketOrderReject,
        MinNotionalCode = CoinMFuturesErrorCodes.MinNotional,
        MaxCallbackRate = 10m,
    };

    /// <summary>
    /// Gets a value indicating whether this is COIN-M: quantities in contracts with the one-contract minimum, no algo
    /// service (conditional types on <c>/dapi/v1/order</c>, checked against the working price), no GTD, -1121 for a
    /// contract that is not trading or is delivered, -1130 where USDⓈ-M has its priceMatch/STP codes, no account-wide
    /// conditional order limit.
    /// </summary>
    public required bool IsCoinM { get; init; }

    /// <summary>Gets the code of a MARKET order whose counterparty price is outside the mark band (USDⓈ-M -4131, COIN-M -4113).</summary>
    public required int MarketPercentPriceCode { get; init; }

    /// <summary>Gets the code of an order below the minimum notional (USDⓈ-M -4164, COIN-M -4178).</summary>
    public required int MinNotionalCode { get; init; }

    /// <summary>Gets the largest trailing-stop callbackRate (USDⓈ-M 20 since 2026-10-23, COIN-M 10).</summary>
    public required decimal MaxCallbackRate { get; init; }

    /// <summary>The oracle's venue for a catalog venue.</summary>
    /// <param name="venue">USDⓈ-M or COIN-M futures.</param>
    /// <returns>The venue's differences.</returns>
    public static OracleFuturesVenue For(BinanceVenue venue) => venue switch
    {
        BinanceVenue.UsdMFutures => UsdM,
        BinanceVenue.CoinMFutures => CoinM,
        _ => throw new ArgumentOutOfRangeException(nameof(venue), venue, "The futures oracle knows USDⓈ-M and COIN-M."),
    };
}
