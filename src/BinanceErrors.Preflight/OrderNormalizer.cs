using BinanceErrors.Preflight.Internal;
using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight;

/// <summary>
/// Moves an order's price, stopPrice and quantities onto the symbol's tick and step grids with exact decimal
/// arithmetic, optionally lifting the quantity to the minimum notional, and reports every change.
/// </summary>
public static class OrderNormalizer
{
    /// <summary>Normalizes an order; values that do not parse, and unknown symbols, are left for the validator to report.</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The order.</param>
    /// <param name="options">How to round and whether to lift; <see cref="NormalizeOptions.Default"/> when null.</param>
    /// <returns>The adjusted order and its changes.</returns>
    public static NormalizedOrder Normalize(ExchangeRules exchange, OrderRequest order, NormalizeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        options ??= NormalizeOptions.Default;
        var changes = new List<OrderChange>();
        if (order.Symbol is null || !exchange.TryGetSymbol(order.Symbol, out var rules))
        {
            return new NormalizedOrder(order, changes);
        }

        var sell = order.Side == "SELL";
        var priceDirection = options.PriceRounding == RoundingDirection.SafeSide ? (sell ? RoundingDirection.Up : RoundingDirection.Down) : options.PriceRounding;
        var quantityDirection = options.QuantityRounding == RoundingDirection.SafeSide ? RoundingDirection.Down : options.QuantityRounding;
        var isMarket = order.Type == "MARKET";

        var price = NormalizeText.Read(order.Price);
        if (price is { } p && rules.Price is { } priceFilter)
        {
            price = OnPriceGrid(p, priceFilter, priceDirection, rules.Info.QuoteAssetPrecision, "price", changes);
        }

        var stopPrice = NormalizeText.Read(order.StopPrice);
        if (stopPrice is { } s && rules.Price is { } stopFilter)
        {
            stopPrice = OnPriceGrid(s, stopFilter, priceDirection, rules.Info.QuoteAssetPrecision, "stopPrice", changes);
        }

        var quantity = NormalizeText.Read(order.Quantity);
        if (quantity is { } q)
        {
            var step = Step(rules, isMarket);
            var value = Round(q, step, quantityDirection, rules.Info.BaseAssetPrecision);
            NormalizeText.Note(changes, "quantity", q, value, $"rounded {NormalizeText.Describe(quantityDirection)} to stepSize {DecimalText.Format(step)}");

            var minimum = MinQuantity(rules, isMarket);
            var notionalPrice = isMarket || order.Type is "STOP_LOSS" or "TAKE_PROFIT" ? (stopPrice ?? options.ReferencePrice) : price;
            var minNotional = MinNotional(rules, isMarket);
            if (options.LiftToMinimum)
            {
                if (value < minimum)
                {
                    NormalizeText.Note(changes, "quantity", value, minimum, $"raised to minQty {DecimalText.Format(minimum)}");
                    value = minimum;
                }

                if (notionalPrice is > 0 && minNotional > 0 && SaturatingDecimal.Multiply(value, notionalPrice.Value) < minNotional
                    && SaturatingDecimal.TryDivide(minNotional, notionalPrice.Value, out var needed))
                {
                    var lifted = Round(needed, step, RoundingDirection.Up, rules.Info.BaseAssetPrecision);
                    while (SaturatingDecimal.Multiply(lifted, notionalPrice.Value) < minNotional)
                    {
                        lifted += step > 0 ? step : Unit(rules.Info.BaseAssetPrecision);
                    }

                    NormalizeText.Note(changes, "quantity", value, lifted, $"raised to reach the minimum notional {DecimalText.Format(minNotional)}");
                    value = lifted;
                }
            }

            var maximum = MaxQuantity(rules, isMarket);
            if (maximum > 0 && value > maximum)
            {
                var capped = Round(maximum, step, RoundingDirection.Down, rules.Info.BaseAssetPrecision);
                NormalizeText.Note(changes, "quantity", value, capped, $"lowered to maxQty {DecimalText.Format(maximum)}");
                value = capped;
            }

            quantity = value;
        }

        var icebergQty = NormalizeText.Read(order.IcebergQty);
        if (icebergQty is { } iceberg && iceberg > 0)
        {
            var step = rules.LotSize?.StepSize ?? 0;
            var value = Round(iceberg, step, quantityDirection, rules.Info.BaseAssetPrecision);
            NormalizeText.Note(changes, "icebergQty", iceberg, value, $"rounded {NormalizeText.Describe(quantityDirection)} to stepSize {DecimalText.Format(step)}");
            icebergQty = value;
        }

        var normalized = order with
        {
            Price = NormalizeText.Write(order.Price, price),
            StopPrice = NormalizeText.Write(order.StopPrice, stopPrice),
            Quantity = NormalizeText.Write(order.Quantity, quantity),
            IcebergQty = NormalizeText.Write(order.IcebergQty, icebergQty),
        };
        return new NormalizedOrder(normalized, changes);
    }

    /// <summary>Rounds a value onto a grid of <paramref name="step"/> (or to <paramref name="precision"/> decimals when the step is 0).</summary>
    /// <param name="value">The value.</param>
    /// <param name="step">The grid's step; 0 means only the precision applies.</param>
    /// <param name="direction">The direction; <see cref="RoundingDirection.SafeSide"/> means down.</param>
    /// <param name="precision">The asset's decimal places.</param>
    /// <returns>The rounded value.</returns>
    public static decimal Round(decimal value, decimal step, RoundingDirection direction, int precision = 8)
    {
        if (step <= 0)
        {
            step = Unit(precision);
        }

        // A value too far off the grid to divide (a huge value, a minute step) is left as it is for the validator to report.
        if (!SaturatingDecimal.TryDivide(value, step, out var units))
        {
            return value;
        }

        var whole = direction switch
        {
            RoundingDirection.Up => decimal.Ceiling(units),
            RoundingDirection.Nearest => decimal.Round(units, MidpointRounding.AwayFromZero),
            _ => decimal.Floor(units),
        };
        return SaturatingDecimal.TryMultiply(whole, step, out var rounded) ? rounded : value;
    }

    private static decimal? OnPriceGrid(decimal value, Filters.PriceFilter filter, RoundingDirection direction, int precision, string name, List<OrderChange> changes)
    {
        var rounded = Round(value, filter.TickSize, direction, precision);
        NormalizeText.Note(changes, name, value, rounded, $"rounded {NormalizeText.Describe(direction)} to tickSize {DecimalText.Format(filter.TickSize)}");
        if (filter.MinPrice > 0 && rounded < filter.MinPrice)
        {
            NormalizeText.Note(changes, name, rounded, filter.MinPrice, $"raised to minPrice {DecimalText.Format(filter.MinPrice)}");
            rounded = filter.MinPrice;
        }

        if (filter.MaxPrice > 0 && rounded > filter.MaxPrice)
        {
            var capped = Round(filter.MaxPrice, filter.TickSize, RoundingDirection.Down, precision);
            NormalizeText.Note(changes, name, rounded, capped, $"lowered to maxPrice {DecimalText.Format(filter.MaxPrice)}");
            rounded = capped;
        }

        return rounded;
    }

    private static decimal Step(SymbolRules rules, bool isMarket)
    {
        var lot = rules.LotSize?.StepSize ?? 0;
        var market = isMarket ? rules.MarketLotSize?.StepSize ?? 0 : 0;
        return Math.Max(lot, market);
    }

    private static decimal MinQuantity(SymbolRules rules, bool isMarket) =>
        Math.Max(rules.LotSize?.MinQty ?? 0, isMarket ? rules.MarketLotSize?.MinQty ?? 0 : 0);

    private static decimal MaxQuantity(SymbolRules rules, bool isMarket)
    {
        var lot = rules.LotSize?.MaxQty ?? 0;
        var market = isMarket ? rules.MarketLotSize?.MaxQty ?? 0 : 0;
        return (lot, market) switch
        {
            (0, _) => market,
            (_, 0) => lot,
            _ => Math.Min(lot, market),
        };
    }

    private static decimal MinNotional(SymbolRules rules, bool isMarket)
    {
        var legacy = rules.MinNotional is { } m && (!isMarket || m.ApplyToMarket) ? m.MinNotional : 0;
        var range = rules.Notional is { } n && (!isMarket || n.ApplyMinToMarket) ? n.MinNotional : 0;
        return Math.Max(legacy, range);
    }

    /// <summary>10^-precision, exactly (the smallest step an asset's precision allows).</summary>
    private static decimal Unit(int precision) => new(1, 0, 0, false, (byte)Math.Clamp(precision, 0, 28));
}
