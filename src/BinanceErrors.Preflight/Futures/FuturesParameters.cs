using BinanceErrors.Preflight.Internal;
using BinanceErrors.Preflight.Rules;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// The futures parameter table (USDⓈ-M <c>/fapi/v1/order</c> and <c>/fapi/v1/algoOrder</c>, COIN-M
/// <c>/dapi/v1/order</c>): what each order type needs and refuses, and the order failures are reported in
/// (<c>-1102</c>: timeInForce, quantity, price, stopPrice, callbackRate, goodTillDate; <c>-4137</c>, then <c>-1106</c>:
/// price, timeInForce, reduceOnly, closePosition, stopPrice, activationPrice, callbackRate, goodTillDate). The order's
/// own values adjust its row: closePosition, priceMatch and a GTD time in force.
/// </summary>
internal static class FuturesParameters
{
    private static readonly ParameterTable Table = Build();

    /// <summary>The first broken parameter rule of a futures order.</summary>
    /// <param name="o">The order.</param>
    /// <param name="type">Its type.</param>
    /// <param name="timeInForce">Its time in force, when sent.</param>
    /// <param name="closePosition">Whether closePosition=true was sent.</param>
    /// <returns>The failure, or none.</returns>
    public static ParameterFailure Check(in FuturesOrderFields o, FuturesOrderType type, FuturesTimeInForce? timeInForce, bool closePosition)
    {
        var sent = default(ParameterSet);
        var filled = default(ParameterSet);
        ParameterReading.Mark(o.TimeInForce, OrderParameter.TimeInForce, ref sent, ref filled);
        ParameterReading.Mark(o.Quantity, OrderParameter.Quantity, ref sent, ref filled);
        ParameterReading.Mark(o.Price, OrderParameter.Price, ref sent, ref filled);
        ParameterReading.Mark(o.StopPrice, OrderParameter.StopPrice, ref sent, ref filled);
        ParameterReading.Mark(o.CallbackRate, OrderParameter.CallbackRate, ref sent, ref filled);
        ParameterReading.Mark(o.GoodTillDate, OrderParameter.GoodTillDate, ref sent, ref filled);
        ParameterReading.Mark(o.ReduceOnly, OrderParameter.ReduceOnly, ref sent, ref filled);
        ParameterReading.Mark(o.ClosePosition, OrderParameter.ClosePosition, ref sent, ref filled);
        ParameterReading.Mark(o.ActivationPrice, OrderParameter.ActivationPrice, ref sent, ref filled);

        // The order's own values adjust its type's row; the masks are adjusted in registers, the row is not copied.
        ref readonly var row = ref Table[(int)type];
        var required = row.Required;
        var forbidden = row.Forbidden;
        if (closePosition)
        {
            // Close-all replaces quantity (a quantity is -4137) and cannot be combined with reduceOnly.
            forbidden = forbidden.With(OrderParameter.ReduceOnly);
            if (type is FuturesOrderType.StopMarket or FuturesOrderType.TakeProfitMarket)
            {
                required = required.Without(OrderParameter.Quantity);
                forbidden = forbidden.With(OrderParameter.Quantity);
            }
        }

        if (o.PriceMatch is not null)
        {
            // priceMatch sets the price, so a price is neither needed nor taken.
            required = required.Without(OrderParameter.Price);
            forbidden = forbidden.With(OrderParameter.Price);
        }

        if (timeInForce == FuturesTimeInForce.Gtd)
        {
            required = required.With(OrderParameter.GoodTillDate);
        }
        else
        {
            forbidden = forbidden.With(OrderParameter.GoodTillDate);
        }

        return Table.Check(row, required, forbidden, sent, filled);
    }

    private static ParameterTable Build()
    {
        var tif = OrderParameter.TimeInForce;
        var quantity = OrderParameter.Quantity;
        var price = OrderParameter.Price;
        var stop = OrderParameter.StopPrice;
        var callback = OrderParameter.CallbackRate;
        var activation = OrderParameter.ActivationPrice;
        var close = OrderParameter.ClosePosition;

        var stopLimit = new OrderTypeParameters(ParameterSet.Of(quantity, price, stop), ParameterSet.Of(close, activation, callback));
        var stopMarket = new OrderTypeParameters(ParameterSet.Of(quantity, stop), ParameterSet.Of(activation, callback));
        return new ParameterTable(
            [tif, quantity, price, stop, callback, OrderParameter.GoodTillDate],
            [quantity, price, tif, OrderParameter.ReduceOnly, close, stop, activation, callback, OrderParameter.GoodTillDate],
            /* LIMIT                */ new OrderTypeParameters(ParameterSet.Of(tif, quantity, price), ParameterSet.Of(close, stop, activation, callback)),
            /* MARKET               */ new OrderTypeParameters(ParameterSet.Of(quantity), ParameterSet.Of(price, tif, close, stop, activation, callback)),
            /* STOP                 */ stopLimit,
            /* STOP_MARKET          */ stopMarket,
            /* TAKE_PROFIT          */ stopLimit,
            /* TAKE_PROFIT_MARKET   */ stopMarket,
            /* TRAILING_STOP_MARKET */ new OrderTypeParameters(ParameterSet.Of(quantity, callback), ParameterSet.Of(close, stop)));
    }
}
