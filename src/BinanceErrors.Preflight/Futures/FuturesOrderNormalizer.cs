using BinanceErrors.Preflight.Internal;
using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// Moves a futures order's prices and quantity onto the symbol's grids the futures way (tick measured from minPrice,
/// step from minQty), within pricePrecision/quantityPrecision, optionally lifting the quantity to the minimum notional
/// (never for reduce-only or close-position orders, which are exempt), and reports every change.
/// </summary>
public static class FuturesOrderNormalizer
{
    /// <summary>Normalizes a <c>/fapi/v1/order</c> request; values that do not parse, and unknown symbols, are left for the validator.</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The order.</param>
    /// <param name="options">Rounding and lifting; <see cref="NormalizeOptions.ReferencePrice"/> is the mark price for MARKET notional.</param>
    /// <returns>The adjusted order and its changes.</returns>
    public static FuturesNormalizedOrder<FuturesOrderRequest> Normalize(FuturesExchangeRules exchange, FuturesOrderRequest order, NormalizeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var changes = new List<OrderChange>();
        if (order.Symbol is null || !exchange.TryGetSymbol(order.Symbol, out var rules))
        {
            return new(order, changes);
        }

        if (!TryApply(() => Apply(rules, order.Side, order.Type, order.Price, order.StopPrice, order.ActivationPrice, order.Quantity, order.ReduceOnly == "true" || order.ClosePosition == "true", "stopPrice", "activationPrice", options ?? NormalizeOptions.Default, changes), changes, out var values))
        {
            return new(order, changes);
        }

        return new(order with { Price = values.Price, StopPrice = values.Stop, ActivationPrice = values.Activation, Quantity = values.Quantity }, changes);
    }

    /// <summary>Normalizes a <c>/fapi/v1/algoOrder</c> request (price, triggerPrice, activatePrice, quantity).</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The order.</param>
    /// <param name="options">Rounding and lifting.</param>
    /// <returns>The adjusted order and its changes.</returns>
    public static FuturesNormalizedOrder<FuturesAlgoOrderRequest> NormalizeAlgo(FuturesExchangeRules exchange, FuturesAlgoOrderRequest order, NormalizeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var changes = new List<OrderChange>();
        if (order.Symbol is null || !exchange.TryGetSymbol(order.Symbol, out var rules))
        {
            return new(order, changes);
        }

        if (!TryApply(() => Apply(rules, order.Side, order.Type, order.Price, order.TriggerPrice, order.ActivatePrice, order.Quantity, order.ReduceOnly == "true" || order.ClosePosition == "true", "triggerPrice", "activatePrice", options ?? NormalizeOptions.Default, changes), changes, out var values))
        {
            return new(order, changes);
        }

        return new(order with { Price = values.Price, TriggerPrice = values.Stop, ActivatePrice = values.Activation, Quantity = values.Quantity }, changes);
    }

    /// <summary>Rounds onto a grid that starts at <paramref name="origin"/> (minPrice or minQty) with <paramref name="step"/> between points.</summary>
    /// <param name="value">The value.</param>
    /// <param name="origin">The grid's first point; values below it are measured from it all the same.</param>
    /// <param name="step">The grid's step; 0 means only <paramref name="precision"/> applies.</param>
    /// <param name="direction">The direction; <see cref="RoundingDirection.SafeSide"/> means down.</param>
    /// <param name="precision">The most decimal places allowed (pricePrecision or quantityPrecision).</param>
    /// <returns>The rounded value.</returns>
    public static decimal Round(decimal value, decimal origin, decimal step, RoundingDirection direction, int precision)
    {
        if (step <= 0)
        {
            return OrderNormalizer.Round(value, 0, direction, precision);
        }

        var units = (value - origin) / step;
        var whole = direction switch
        {
            RoundingDirection.Up => decimal.Ceiling(units),
            RoundingDirection.Nearest => decimal.Round(units, MidpointRounding.AwayFromZero),
            _ => decimal.Floor(units),
        };
        return origin + (whole * step);
    }

    private static (string? Price, string? Stop, string? Activation, string? Quantity) Apply(
        FuturesSymbolRules rules, string? side, string? type, string? priceText, string? stopText, string? activationText, string? quantityText,
        bool reducesOnly, string stopName, string activationName, NormalizeOptions options, List<OrderChange> changes)
    {
        var sell = side == "SELL";
        var priceDirection = options.PriceRounding == RoundingDirection.SafeSide ? (sell ? RoundingDirection.Up : RoundingDirection.Down) : options.PriceRounding;
        var quantityDirection = options.QuantityRounding == RoundingDirection.SafeSide ? RoundingDirection.Down : options.QuantityRounding;
        var isMarket = type == "MARKET";
        var info = rules.Info;

        var price = OnPriceGrid(NormalizeText.Read(priceText), rules.Price, priceDirection, info.PricePrecision, "price", changes);
        var stop = OnPriceGrid(NormalizeText.Read(stopText), rules.Price, priceDirection, info.PricePrecision, stopName, changes);
        var activation = OnPriceGrid(NormalizeText.Read(activationText), rules.Price, priceDirection, info.PricePrecision, activationName, changes);

        var quantity = NormalizeText.Read(quantityText);
        if (quantity is { } q)
        {
            var lot = isMarket ? rules.MarketLotSize ?? rules.LotSize : rules.LotSize;
            var minQty = lot?.MinQty ?? 0;
            var step = lot?.StepSize ?? 0;
            var value = Round(q, minQty, step, quantityDirection, info.QuantityPrecision);
            NormalizeText.Note(changes, "quantity", q, value, $"rounded {NormalizeText.Describe(quantityDirection)} to stepSize {DecimalText.Format(step)} from minQty {DecimalText.Format(minQty)}");

            if (options.LiftToMinimum)
            {
                if (value < minQty)
                {
                    NormalizeText.Note(changes, "quantity", value, minQty, $"raised to minQty {DecimalText.Format(minQty)}");
                    value = minQty;
                }

                // COIN-M has no MIN_NOTIONAL filter but wants one contract (-4178) unless the order only reduces; a
                // document whose lots are fractions of a contract lets LOT_SIZE pass below it.
                if (!reducesOnly && rules.MinNotional is null && rules.Exchange.Configuration.MinimumContracts && value < 1m)
                {
                    var one = Round(1m, minQty, step, RoundingDirection.Up, info.QuantityPrecision);
                    NormalizeText.Note(changes, "quantity", value, one, "raised to one contract, COIN-M's minimum (-4178)");
                    value = one;
                }

                // MARKET notional is priced at the mark price (options.ReferencePrice); reduce-only orders are exempt.
                var notionalPrice = type switch
                {
                    "MARKET" => options.ReferencePrice,
                    "STOP_MARKET" or "TAKE_PROFIT_MARKET" => stop,
                    "TRAILING_STOP_MARKET" => activation ?? options.ReferencePrice,
                    _ => price,
                };
                if (!reducesOnly && rules.MinNotional is { } minNotional && notionalPrice is > 0 && value * notionalPrice < minNotional.Notional)
                {
                    var lifted = Round(minNotional.Notional / notionalPrice.Value, minQty, step, RoundingDirection.Up, info.QuantityPrecision);
                    var increment = step > 0 ? step : 1m / Pow10(info.QuantityPrecision);
                    while (lifted * notionalPrice < minNotional.Notional)
                    {
                        lifted += increment;
                    }

                    NormalizeText.Note(changes, "quantity", value, lifted, $"raised to reach the minimum notional {minNotional.NotionalText}");
                    value = lifted;
                }
            }

            if (lot is { MaxQty: > 0 } && value > lot.MaxQty)
            {
                var capped = Round(lot.MaxQty, minQty, step, RoundingDirection.Down, info.QuantityPrecision);
                NormalizeText.Note(changes, "quantity", value, capped, $"lowered to maxQty {DecimalText.Format(lot.MaxQty)}");
                value = capped;
            }

            quantity = value;
        }

        return (NormalizeText.Write(priceText, price), NormalizeText.Write(stopText, stop), NormalizeText.Write(activationText, activation), NormalizeText.Write(quantityText, quantity));
    }

    /// <summary>
    /// Runs the arithmetic; values at the edge of what a decimal holds (20-digit numbers on a fine grid) can overflow,
    /// and then the order is returned unchanged, with no changes, for the validator to judge: data never throws.
    /// </summary>
    private static bool TryApply(
        Func<(string? Price, string? Stop, string? Activation, string? Quantity)> apply,
        List<OrderChange> changes,
        out (string? Price, string? Stop, string? Activation, string? Quantity) values)
    {
        try
        {
            values = apply();
            return true;
        }
        catch (OverflowException)
        {
            changes.Clear();
            values = default;
            return false;
        }
    }

    private static decimal? OnPriceGrid(decimal? value, PriceFilter? filter, RoundingDirection direction, int precision, string name, List<OrderChange> changes)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (filter is null)
        {
            var plain = OrderNormalizer.Round(v, 0, direction, precision);
            NormalizeText.Note(changes, name, v, plain, $"rounded {NormalizeText.Describe(direction)} to pricePrecision {precision}");
            return plain;
        }

        var rounded = Round(v, filter.MinPrice, filter.TickSize, direction, precision);
        NormalizeText.Note(changes, name, v, rounded, $"rounded {NormalizeText.Describe(direction)} to tickSize {DecimalText.Format(filter.TickSize)} from minPrice {DecimalText.Format(filter.MinPrice)}");
        if (filter.MinPrice > 0 && rounded < filter.MinPrice)
        {
            NormalizeText.Note(changes, name, rounded, filter.MinPrice, $"raised to minPrice {DecimalText.Format(filter.MinPrice)}");
            rounded = filter.MinPrice;
        }

        if (filter.MaxPrice > 0 && rounded > filter.MaxPrice)
        {
            var capped = Round(filter.MaxPrice, filter.MinPrice, filter.TickSize, RoundingDirection.Down, precision);
            NormalizeText.Note(changes, name, rounded, capped, $"lowered to maxPrice {DecimalText.Format(filter.MaxPrice)}");
            rounded = capped;
        }

        return rounded;
    }

    private static decimal Pow10(int precision)
    {
        var result = 1m;
        for (var i = 0; i < Math.Clamp(precision, 0, 28); i++)
        {
            result *= 10;
        }

        return result;
    }
}
