using BinanceErrors.Preflight.Internal;
using BinanceErrors.Preflight.Rules;

namespace BinanceErrors.Preflight;

/// <summary>
/// Spot's and Binance.US's parameter table for <c>POST /api/v3/order</c>: what each order type needs and refuses, in
/// the order the failures are reported (<c>-1102</c>: timeInForce, quantity or quoteOrderQty, price, stopPrice or
/// trailingDelta; <c>-1106</c>: timeInForce, price, stopPrice, trailingDelta, icebergQty, quoteOrderQty).
/// </summary>
internal static class SpotParameters
{
    /// <summary>The table, indexed by <see cref="BinanceOrderType"/>.</summary>
    public static ParameterTable Table { get; } = Build();

    /// <summary>The parameters a Spot order sent, and those it sent with a value.</summary>
    /// <param name="order">The order.</param>
    /// <param name="sent">The parameters sent.</param>
    /// <param name="filled">The parameters sent with a value.</param>
    public static void Sent(in OrderRequest order, out ParameterSet sent, out ParameterSet filled)
    {
        sent = default;
        filled = default;
        ParameterReading.Mark(order.TimeInForce, OrderParameter.TimeInForce, ref sent, ref filled);
        ParameterReading.Mark(order.Quantity, OrderParameter.Quantity, ref sent, ref filled);
        ParameterReading.Mark(order.QuoteOrderQty, OrderParameter.QuoteOrderQty, ref sent, ref filled);
        ParameterReading.Mark(order.Price, OrderParameter.Price, ref sent, ref filled);
        ParameterReading.Mark(order.StopPrice, OrderParameter.StopPrice, ref sent, ref filled);
        ParameterReading.Mark(order.TrailingDelta, OrderParameter.TrailingDelta, ref sent, ref filled);
        ParameterReading.Mark(order.IcebergQty, OrderParameter.IcebergQty, ref sent, ref filled);
    }

    private static ParameterTable Build()
    {
        var tif = OrderParameter.TimeInForce;
        var quantity = OrderParameter.Quantity;
        var quote = OrderParameter.QuoteOrderQty;
        var price = OrderParameter.Price;
        var stop = OrderParameter.StopPrice;
        var delta = OrderParameter.TrailingDelta;
        var iceberg = OrderParameter.IcebergQty;

        // Market-executed stops (STOP_LOSS, TAKE_PROFIT) and their limit forms share a row each.
        var stopMarket = new OrderTypeParameters(ParameterSet.Of(quantity), ParameterSet.Of(tif, price, iceberg, quote), ParameterSet.Of(stop, delta));
        var stopLimit = new OrderTypeParameters(ParameterSet.Of(tif, quantity, price), ParameterSet.Of(quote), ParameterSet.Of(stop, delta));
        return new ParameterTable(
            [tif, quantity, quote, price, stop, delta],
            [tif, price, stop, delta, iceberg, quote],
            /* LIMIT             */ new OrderTypeParameters(ParameterSet.Of(tif, quantity, price), ParameterSet.Of(stop, delta, quote)),
            /* MARKET            */ new OrderTypeParameters(ParameterSet.None, ParameterSet.Of(tif, price, stop, delta, iceberg), ParameterSet.Of(quantity, quote), OnlyOne: true),
            /* STOP_LOSS         */ stopMarket,
            /* STOP_LOSS_LIMIT   */ stopLimit,
            /* TAKE_PROFIT       */ stopMarket,
            /* TAKE_PROFIT_LIMIT */ stopLimit,
            /* LIMIT_MAKER       */ new OrderTypeParameters(ParameterSet.Of(quantity, price), ParameterSet.Of(tif, stop, delta, quote)));
    }
}
