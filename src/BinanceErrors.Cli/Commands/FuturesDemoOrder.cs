using System.Globalization;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// One USDⓈ-M demo order: odd ones on <c>/fapi/v1/order</c> (a LIMIT BUY resting below the market, or a MARKET order
/// that fills at once, BUY and SELL in turn so the position stays small), even ones a STOP_MARKET BUY algo order on
/// <c>/fapi/v1/algoOrder</c> waiting above the market.
/// </summary>
internal sealed class FuturesDemoOrder
{
    private const string OrderPath = "/fapi/v1/order";
    private const string AlgoPath = "/fapi/v1/algoOrder";

    public FuturesDemoOrder(string runId, int index, bool market)
    {
        ClientId = $"demo-{runId}-{index}";
        IsAlgo = index % 2 == 0;
        IsMarket = market && !IsAlgo;
        var offset = index % 500 * 0.1m;
        PlaceQuery = IsAlgo
            ? $"{AlgoPath}?algoType=CONDITIONAL&symbol=BTCUSDT&side=BUY&type=STOP_MARKET&triggerPrice={(96000m + offset).ToString("0.0", CultureInfo.InvariantCulture)}&quantity=0.01&workingType=MARK_PRICE&clientAlgoId={ClientId}"
            : IsMarket
                ? $"{OrderPath}?symbol=BTCUSDT&side={(index % 4 == 1 ? "BUY" : "SELL")}&type=MARKET&quantity=0.01&newClientOrderId={ClientId}"
                : $"{OrderPath}?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price={(94000m - offset).ToString("0.0", CultureInfo.InvariantCulture)}&quantity=0.01&newClientOrderId={ClientId}";
        CancelPath = IsAlgo ? $"{AlgoPath}?clientAlgoId={ClientId}" : $"{OrderPath}?symbol=BTCUSDT&origClientOrderId={ClientId}";
    }

    /// <summary>The client order id (<c>clientAlgoId</c> for an algo order): <c>demo-{runId}-{n}</c>.</summary>
    public string ClientId { get; }

    public bool IsAlgo { get; }

    public bool IsMarket { get; }

    /// <summary>Whether the order stays open until the demo cancels it (LIMIT and algo orders).</summary>
    public bool Rests => !IsMarket;

    /// <summary>The path faults are injected on.</summary>
    public string PlacePath => IsAlgo ? AlgoPath : OrderPath;

    /// <summary>The placement request: path and query.</summary>
    public string PlaceQuery { get; }

    public string CancelPath { get; }

    /// <summary>What the table shows in its Order column.</summary>
    public string Kind => IsAlgo ? "algo STOP_MARKET" : IsMarket ? "MARKET" : "LIMIT";
}
