using System.Globalization;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// One futures demo order: odd ones on the order endpoint (a LIMIT BUY resting below the market, or a MARKET order
/// that fills at once, BUY and SELL in turn so the position stays small), even ones on USDⓈ-M a STOP_MARKET BUY algo
/// order on <c>/fapi/v1/algoOrder</c> waiting above the market (on COIN-M, which has no Algo Service, every order is
/// an order: LIMIT or MARKET in turn as the odd ones).
/// </summary>
internal sealed class FuturesDemoOrder
{
    private readonly string _placePath;

    public FuturesDemoOrder(string runId, int index, bool market, FuturesDemoVenue? venue = null)
    {
        venue ??= FuturesDemoVenue.UsdM;
        var (orderPath, algoPath, symbol, quantity) = (venue.OrderPath, venue.AlgoPath, venue.Symbol, venue.Quantity);
        ClientId = $"demo-{runId}-{index}";
        IsAlgo = venue.HasAlgoService && index % 2 == 0;
        IsMarket = market && !IsAlgo;
        _placePath = IsAlgo ? algoPath : orderPath;
        var offset = index % 500 * 0.1m;
        PlaceQuery = IsAlgo
            ? $"{algoPath}?algoType=CONDITIONAL&symbol={symbol}&side=BUY&type=STOP_MARKET&triggerPrice={(96000m + offset).ToString("0.0", CultureInfo.InvariantCulture)}&quantity={quantity}&workingType=MARK_PRICE&clientAlgoId={ClientId}"
            : IsMarket
                ? $"{orderPath}?symbol={symbol}&side={((venue.HasAlgoService ? index % 4 : index % 2) == 1 ? "BUY" : "SELL")}&type=MARKET&quantity={quantity}&newClientOrderId={ClientId}"
                : $"{orderPath}?symbol={symbol}&side=BUY&type=LIMIT&timeInForce=GTC&price={(94000m - offset).ToString("0.0", CultureInfo.InvariantCulture)}&quantity={quantity}&newClientOrderId={ClientId}";
        CancelPath = IsAlgo ? $"{algoPath}?clientAlgoId={ClientId}" : $"{orderPath}?symbol={symbol}&origClientOrderId={ClientId}";
    }

    /// <summary>The client order id (<c>clientAlgoId</c> for an algo order): <c>demo-{runId}-{n}</c>.</summary>
    public string ClientId { get; }

    public bool IsAlgo { get; }

    public bool IsMarket { get; }

    /// <summary>Whether the order stays open until the demo cancels it (LIMIT and algo orders).</summary>
    public bool Rests => !IsMarket;

    /// <summary>The path faults are injected on.</summary>
    public string PlacePath => _placePath;

    /// <summary>The placement request: path and query.</summary>
    public string PlaceQuery { get; }

    public string CancelPath { get; }

    /// <summary>What the table shows in its Order column.</summary>
    public string Kind => IsAlgo ? "algo STOP_MARKET" : IsMarket ? "MARKET" : "LIMIT";
}
