namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// The parameters of <c>POST /fapi/v1/algoOrder</c> (the Algo Service, where conditional orders live since
/// 2025-12-09) exactly as they would be sent: strings, <see langword="null"/> for "not sent", <c>""</c> for "sent empty".
/// </summary>
public readonly record struct FuturesAlgoOrderRequest
{
    /// <summary><c>algoType</c>: only <c>CONDITIONAL</c>.</summary>
    public string? AlgoType { get; init; }

    /// <summary><c>symbol</c>.</summary>
    public string? Symbol { get; init; }

    /// <summary><c>side</c>: <c>BUY</c> or <c>SELL</c>.</summary>
    public string? Side { get; init; }

    /// <summary><c>positionSide</c>: <c>BOTH</c>, or <c>LONG</c>/<c>SHORT</c> in Hedge Mode.</summary>
    public string? PositionSide { get; init; }

    /// <summary><c>type</c>: STOP_MARKET, TAKE_PROFIT_MARKET, STOP, TAKE_PROFIT or TRAILING_STOP_MARKET.</summary>
    public string? Type { get; init; }

    /// <summary><c>timeInForce</c>: IOC, GTC or FOK (default GTC).</summary>
    public string? TimeInForce { get; init; }

    /// <summary><c>quantity</c>; not with <c>closePosition=true</c>.</summary>
    public string? Quantity { get; init; }

    /// <summary><c>price</c> (STOP / TAKE_PROFIT).</summary>
    public string? Price { get; init; }

    /// <summary><c>triggerPrice</c> (the stop price of the old endpoint).</summary>
    public string? TriggerPrice { get; init; }

    /// <summary><c>workingType</c>: <c>MARK_PRICE</c> or <c>CONTRACT_PRICE</c> (default).</summary>
    public string? WorkingType { get; init; }

    /// <summary><c>priceMatch</c>.</summary>
    public string? PriceMatch { get; init; }

    /// <summary><c>closePosition</c>: <c>"true"</c> or <c>"false"</c> (STOP_MARKET / TAKE_PROFIT_MARKET).</summary>
    public string? ClosePosition { get; init; }

    /// <summary><c>priceProtect</c>.</summary>
    public string? PriceProtect { get; init; }

    /// <summary><c>reduceOnly</c>: <c>"true"</c> or <c>"false"</c>; not allowed in Hedge Mode.</summary>
    public string? ReduceOnly { get; init; }

    /// <summary><c>activatePrice</c> (TRAILING_STOP_MARKET; the algo endpoint's spelling).</summary>
    public string? ActivatePrice { get; init; }

    /// <summary><c>callbackRate</c> (TRAILING_STOP_MARKET), 0.1 to 20 (since 2026-10-23; 10 before) where 1 means 1 %.</summary>
    public string? CallbackRate { get; init; }

    /// <summary><c>clientAlgoId</c>: the id to reconcile the order by after an unknown outcome.</summary>
    public string? ClientAlgoId { get; init; }

    /// <summary><c>selfTradePreventionMode</c>.</summary>
    public string? SelfTradePreventionMode { get; init; }

    /// <summary><c>goodTillDate</c> in epoch milliseconds (mandatory with GTD).</summary>
    public string? GoodTillDate { get; init; }

    /// <summary><c>newOrderRespType</c>.</summary>
    public string? NewOrderRespType { get; init; }

    /// <summary>Builds a request from <c>name=value</c> pairs, ignoring names it does not model.</summary>
    /// <param name="parameters">The parameters; the first occurrence of a name wins.</param>
    /// <returns>The request.</returns>
    public static FuturesAlgoOrderRequest FromParameters(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var request = default(FuturesAlgoOrderRequest);
        foreach (var (name, value) in parameters.Reverse())
        {
            request = name switch
            {
                "algoType" => request with { AlgoType = value },
                "symbol" => request with { Symbol = value },
                "side" => request with { Side = value },
                "positionSide" => request with { PositionSide = value },
                "type" => request with { Type = value },
                "timeInForce" => request with { TimeInForce = value },
                "quantity" => request with { Quantity = value },
                "price" => request with { Price = value },
                "triggerPrice" => request with { TriggerPrice = value },
                "workingType" => request with { WorkingType = value },
                "priceMatch" => request with { PriceMatch = value },
                "closePosition" => request with { ClosePosition = value },
                "priceProtect" => request with { PriceProtect = value },
                "reduceOnly" => request with { ReduceOnly = value },
                "activatePrice" => request with { ActivatePrice = value },
                "callbackRate" => request with { CallbackRate = value },
                "clientAlgoId" => request with { ClientAlgoId = value },
                "selfTradePreventionMode" => request with { SelfTradePreventionMode = value },
                "goodTillDate" => request with { GoodTillDate = value },
                "newOrderRespType" => request with { NewOrderRespType = value },
                _ => request,
            };
        }

        return request;
    }
}
