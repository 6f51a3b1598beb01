namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// Validates COIN-M futures orders (<c>POST /dapi/v1/order</c>, or one <c>batchOrders</c> element) offline against
/// compiled <c>/dapi/v1/exchangeInfo</c> rules and returns what COIN-M would answer, with its own codes and texts:
/// quantities are contracts (<c>contractSize</c> USD each) with a one-contract minimum (<c>-4178 Order's notional must
/// be no smaller than one (unless you choose reduce only)</c>), a MARKET order outside PERCENT_PRICE is <c>-4113</c>,
/// conditional orders are placed here (a trigger the working price already reached is <c>-2021</c>), and a contract
/// that is not trading or past its delivery is <c>-1121</c>. The same rules as <see cref="FuturesOrderValidator"/>
/// otherwise, written once; a valid order allocates nothing.
/// </summary>
public static class CoinMOrderValidator
{
    /// <summary>Validates a <c>POST /dapi/v1/order</c> request.</summary>
    /// <param name="exchange">Rules compiled from a COIN-M exchangeInfo (<see cref="FuturesExchangeRules.Venue"/> is <see cref="BinanceVenue.CoinMFutures"/>).</param>
    /// <param name="order">The parameters as they would be sent (quantity in contracts).</param>
    /// <param name="context">Mark and last price, best prices, position mode, open order counts, time; rules needing what is missing are reported as not checked.</param>
    /// <returns>The outcome; never throws for any parameter values.</returns>
    /// <exception cref="ArgumentException">The rules are not COIN-M rules.</exception>
    public static FuturesOrderValidation Validate(FuturesExchangeRules exchange, in FuturesOrderRequest order, in FuturesMarketContext context = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (exchange.Venue != BinanceVenue.CoinMFutures)
        {
            ThrowNotCoinM(exchange);
        }

        return FuturesOrderValidator.Validate(exchange, order, context);
    }

    // Out of line so that Validate stays small enough to be inlined into the caller: then the result is validated
    // straight into the caller's variable. Not inlined, Validate staged the 240-byte result in a zeroed temporary and
    // copied it out (a store-forwarding stall on the copy).
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNotCoinM(FuturesExchangeRules exchange) =>
        throw new ArgumentException(
            $"These rules were compiled from a {BinanceVenueNames.Of(exchange.Venue)} exchangeInfo; COIN-M orders need GET /dapi/v1/exchangeInfo (FuturesOrderValidator validates USDⓈ-M orders).",
            nameof(exchange));
}
