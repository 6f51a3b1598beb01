namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// A futures venue as a configuration of the one futures validator: the codes and the few steps where USDⓈ-M and
/// COIN-M differ. Everything else (parameters, values, position mode, filters, counts) is the same rule written once.
/// Immutable; one instance per venue.
/// </summary>
internal sealed class FuturesVenue
{
    /// <summary>USDⓈ-M (<c>/fapi</c>).</summary>
    public static FuturesVenue UsdM { get; } = new()
    {
        Venue = BinanceVenue.UsdMFutures,
        MarketPercentPriceCode = UsdMFuturesErrorCodes.MarketOrderReject,
        MinNotionalCode = UsdMFuturesErrorCodes.MinNotional,
        HasAlgoService = true,
        TakesGoodTillDate = true,
        HasPriceMatchCodes = true,
        MaxCallbackRate = 20m,
        AccountAlgoOrderLimit = FuturesExchangeRules.AccountAlgoOrderLimit,
    };

    /// <summary>
    /// COIN-M (<c>/dapi</c>): quantities in contracts with a one-contract minimum (-4178, reduce-only exempt) instead of
    /// a MIN_NOTIONAL filter, -4113 for a MARKET order outside PERCENT_PRICE, conditional orders on
    /// <c>/dapi/v1/order</c> itself (checked against the working price, -2021), no GTD, callbackRate up to 10, and a
    /// contract that is not trading or past its delivery answered as an unknown symbol.
    /// </summary>
    public static FuturesVenue CoinM { get; } = new()
    {
        Venue = BinanceVenue.CoinMFutures,
        MarketPercentPriceCode = CoinMFuturesErrorCodes.MarketOrderReject,
        MinNotionalCode = CoinMFuturesErrorCodes.MinNotional,
        MinimumContracts = true,
        ChecksTrigger = true,
        ChecksDelivery = true,
        MaxCallbackRate = 10m,
    };

    /// <summary>Gets the venue whose catalog the rejections come from.</summary>
    public required BinanceVenue Venue { get; init; }

    /// <summary>Gets the code of a MARKET order whose counterparty price breaks PERCENT_PRICE (USDⓈ-M -4131, COIN-M -4113).</summary>
    public required int MarketPercentPriceCode { get; init; }

    /// <summary>Gets the code of an order below the minimum notional (USDⓈ-M -4164, COIN-M -4178).</summary>
    public required int MinNotionalCode { get; init; }

    /// <summary>Gets the largest callbackRate of a trailing stop (USDⓈ-M 20 since 2026-10-23, COIN-M 10).</summary>
    public required decimal MaxCallbackRate { get; init; }

    /// <summary>Gets whether conditional types belong to an algo endpoint (USDⓈ-M since 2025-12-09: -4120 on the order endpoint).</summary>
    public bool HasAlgoService { get; init; }

    /// <summary>Gets whether the venue has the GTD time in force and <c>goodTillDate</c> (USDⓈ-M).</summary>
    public bool TakesGoodTillDate { get; init; }

    /// <summary>Gets whether the venue has its own priceMatch and STP codes (USDⓈ-M -5037/-5038/-5039; COIN-M answers -1130).</summary>
    public bool HasPriceMatchCodes { get; init; }

    /// <summary>Gets whether an order below one contract is refused without a MIN_NOTIONAL filter (COIN-M -4178).</summary>
    public bool MinimumContracts { get; init; }

    /// <summary>Gets whether a conditional order the working price already triggers is refused (COIN-M -2021).</summary>
    public bool ChecksTrigger { get; init; }

    /// <summary>Gets whether a contract past its delivery date is refused like one that is not trading (COIN-M quarterlies).</summary>
    public bool ChecksDelivery { get; init; }

    /// <summary>Gets the account-wide limit of open conditional orders when a symbol has no MAX_NUM_ALGO_ORDERS filter (USDⓈ-M 200).</summary>
    public int? AccountAlgoOrderLimit { get; init; }

    /// <summary>The configuration of a futures venue.</summary>
    /// <param name="venue">USDⓈ-M or COIN-M.</param>
    /// <returns>The configuration.</returns>
    public static FuturesVenue For(BinanceVenue venue) => venue == BinanceVenue.CoinMFutures ? CoinM : UsdM;

    /// <summary>The code for an order on a contract that is not trading.</summary>
    /// <param name="status">The contract's status.</param>
    /// <returns>USDⓈ-M -4141 (closed) or -4140; COIN-M, whose list has neither, -1121.</returns>
    public int NotTradingCode(ContractStatus status) =>
        Venue == BinanceVenue.CoinMFutures ? CoinMFuturesErrorCodes.BadSymbol
        : status == ContractStatus.Close ? UsdMFuturesErrorCodes.SymbolAlreadyClosed
        : UsdMFuturesErrorCodes.InvalidOpeningPositionStatus;
}
