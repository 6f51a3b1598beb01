using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests;

/// <summary>
/// The decimal oracle's COIN-M steps, where <c>/dapi/v1/order</c> differs from USDⓈ-M, written from the documents
/// (docs/preflight.md "COIN-M futures", ../shared/spec/changes-2025-2026.md, the COIN-M error-code page):
/// a contract that is not trading or is delivered, the one-contract minimum, and a conditional order the working price
/// has already reached.
/// </summary>
internal static class DecimalCoinMSteps
{
    /// <summary>
    /// A contract that is not <c>TRADING</c>, or a delivery contract (anything but <c>PERPETUAL</c>) at or after its
    /// <c>deliveryDate</c>, a type this version does not know included (the date is the evidence): -1121
    /// <c>Invalid symbol.</c> (COIN-M's list has neither -4140 nor -4141). Without the time a delivery contract's date
    /// is reported as not checked.
    /// </summary>
    public static BinanceError? ContractNotOpen(FuturesSymbolRules rules, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked)
    {
        var rejections = OracleRejections.For(BinanceVenue.CoinMFutures);
        if (rules.Info.Status != ContractStatus.Trading)
        {
            return rejections.Fixed(CoinMFuturesErrorCodes.BadSymbol);
        }

        if (rules.Info.ContractType == ContractType.Perpetual)
        {
            return null;
        }

        if (context.Now is not { } now)
        {
            notChecked |= FuturesPreflightChecks.Delivery;
            return null;
        }

        // A document without the date (0) gives nothing to compare with.
        var delivery = rules.Info.DeliveryDate;
        return delivery > 0 && now.ToUnixTimeMilliseconds() >= delivery ? rejections.Fixed(CoinMFuturesErrorCodes.BadSymbol) : null;
    }

    /// <summary>
    /// The engine's minimum without a MIN_NOTIONAL filter: at least one contract, unless the order only reduces
    /// (reduceOnly or closePosition): -4178 <c>Order's notional must be no smaller than one (unless you choose reduce only)</c>.
    /// </summary>
    public static BinanceError? BelowOneContract(in ParsedFuturesOrder order)
    {
        if (order.ReduceOnly || order.ClosePosition || order.Quantity is not { } contracts)
        {
            return null;
        }

        return contracts < 1m ? OracleRejections.For(BinanceVenue.CoinMFutures).Fixed(CoinMFuturesErrorCodes.MinNotional) : null;
    }

    /// <summary>
    /// -2021 <c>Order would immediately trigger.</c>: the working price (the last price; the mark price with
    /// <c>workingType=MARK_PRICE</c>) has already reached the trigger. A BUY STOP triggers when the price rises to the
    /// stop, so a stop at or below the price triggers at once; a SELL STOP at or above it; TAKE_PROFIT the other way
    /// round; a trailing stop's activation price BUY at or above, SELL at or below. A trailing stop without an
    /// activation price activates at once by design and has nothing to check. Without the working price the check is
    /// reported as not checked.
    /// </summary>
    public static BinanceError? WouldTriggerImmediately(in ParsedFuturesOrder order, string? workingType, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked)
    {
        decimal trigger;
        bool buyTriggersAtOrAbove;
        switch (order.Type)
        {
            case FuturesOrderType.Stop or FuturesOrderType.StopMarket when order.StopPrice is { } stop:
                trigger = stop;
                buyTriggersAtOrAbove = true;
                break;
            case FuturesOrderType.TakeProfit or FuturesOrderType.TakeProfitMarket when order.StopPrice is { } stop:
                trigger = stop;
                buyTriggersAtOrAbove = false;
                break;
            case FuturesOrderType.TrailingStopMarket when order.ActivationPrice is { } activation:
                // A BUY trailing stop follows the price down from its activation: activation must be below the price.
                trigger = activation;
                buyTriggersAtOrAbove = false;
                break;
            default:
                return null;
        }

        var working = workingType == "MARK_PRICE" ? context.MarkPrice : context.LastPrice;
        if (working is not { } price)
        {
            notChecked |= FuturesPreflightChecks.TriggerDirection;
            return null;
        }

        // "Triggers at or above": a BUY one is already reached when trigger <= price; a SELL one the mirror image.
        var reached = (order.Side == BinanceOrderSide.Buy) == buyTriggersAtOrAbove ? trigger <= price : trigger >= price;
        return reached ? OracleRejections.For(BinanceVenue.CoinMFutures).Fixed(CoinMFuturesErrorCodes.OrderWouldImmediatelyTrigger) : null;
    }
}
