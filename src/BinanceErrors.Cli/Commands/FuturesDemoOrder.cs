using System.Globalization;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// One futures demo order: odd ones on the order endpoint (a LIMIT BUY resting below the market, or a MARKET order
/// that fills at once, BUY and SELL in turn so the position stays small), even ones on USDⓈ-M a STOP_MARKET BUY algo
/// order on <c>/fapi/v1/algoOrder</c> waiting above the market (on COIN-M, which has no Algo Service, and over the
/// WebSocket API, which has no algo look-up, every order is an order: LIMIT or MARKET in turn as the odd ones).
/// </summary>
internal sealed class FuturesDemoOrder : DemoOrder
{
    public FuturesDemoOrder(string runId, int index, bool market, FuturesDemoVenue? venue = null, DemoTransport transport = DemoTransport.Rest)
        : this(Build(runId, index, market, venue ?? FuturesDemoVenue.UsdM, transport))
    {
    }

    private FuturesDemoOrder(DemoOrder order)
        : base(order.ClientId, order.Kind, order.Rests, order.Place, order.Parameters, order.Cancel, order.CancelParameters)
    {
    }

    /// <summary>Whether it is an algo order (USDⓈ-M over REST, even orders).</summary>
    public bool IsAlgo => Kind == "algo STOP_MARKET";

    private static DemoOrder Build(string runId, int index, bool market, FuturesDemoVenue venue, DemoTransport transport)
    {
        var clientId = $"demo-{runId}-{index}";
        var algoAlternates = venue.AlternatesAlgoOrders(transport);
        var isAlgo = algoAlternates && index % 2 == 0;
        var isMarket = market && !isAlgo;
        var offset = index % 500 * 0.1m;
        var (symbol, quantity) = (venue.Symbol, venue.Quantity);
        if (isAlgo)
        {
            var algo = new DemoRoute("POST", venue.AlgoPath);
            return new DemoOrder(
                clientId,
                "algo STOP_MARKET",
                rests: true,
                algo,
                [new("algoType", "CONDITIONAL"), new("symbol", symbol), new("side", "BUY"), new("type", "STOP_MARKET"), new("triggerPrice", (96000m + offset).ToString("0.0", CultureInfo.InvariantCulture)), new("quantity", quantity), new("workingType", "MARK_PRICE"), new("clientAlgoId", clientId)],
                algo with { Method = "DELETE" },
                [new("clientAlgoId", clientId)]);
        }

        var (place, cancel) = venue.OrderRoutes(transport);
        KeyValuePair<string, string>[] cancelParameters = [new("symbol", symbol), new("origClientOrderId", clientId)];
        if (isMarket)
        {
            // BUY and SELL in turn among the MARKET orders (every other order when algo orders alternate with them).
            var buy = (algoAlternates ? index % 4 : index % 2) == 1;
            return new DemoOrder(clientId, "MARKET", rests: false, place, [new("symbol", symbol), new("side", buy ? "BUY" : "SELL"), new("type", "MARKET"), new("quantity", quantity), new("newClientOrderId", clientId)], cancel, cancelParameters);
        }

        return new DemoOrder(
            clientId,
            "LIMIT",
            rests: true,
            place,
            [new("symbol", symbol), new("side", "BUY"), new("type", "LIMIT"), new("timeInForce", "GTC"), new("price", (94000m - offset).ToString("0.0", CultureInfo.InvariantCulture)), new("quantity", quantity), new("newClientOrderId", clientId)],
            cancel,
            cancelParameters);
    }
}
