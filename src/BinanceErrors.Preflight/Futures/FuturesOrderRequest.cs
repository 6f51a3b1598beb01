namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// The parameters of <c>POST /fapi/v1/order</c> (or one element of <c>batchOrders</c>) exactly as they would be sent:
/// strings, <see langword="null"/> for "not sent" and <c>""</c> for "sent empty", so validation sees what the exchange sees.
/// </summary>
public readonly record struct FuturesOrderRequest
{
    /// <summary><c>symbol</c>, e.g. <c>BTCUSDT</c>.</summary>
    public string? Symbol { get; init; }

    /// <summary><c>side</c>: <c>BUY</c> or <c>SELL</c>.</summary>
    public string? Side { get; init; }

    /// <summary><c>positionSide</c>: <c>BOTH</c> (One-way Mode, the default) or <c>LONG</c>/<c>SHORT</c> (Hedge Mode, mandatory there).</summary>
    public string? PositionSide { get; init; }

    /// <summary><c>type</c>, e.g. <c>LIMIT</c>.</summary>
    public string? Type { get; init; }

    /// <summary><c>timeInForce</c>: GTC, IOC, FOK, GTX, GTD or RPI.</summary>
    public string? TimeInForce { get; init; }

    /// <summary><c>quantity</c> in contracts (base asset for USDⓈ-M).</summary>
    public string? Quantity { get; init; }

    /// <summary><c>reduceOnly</c>: <c>"true"</c> or <c>"false"</c>; not allowed in Hedge Mode.</summary>
    public string? ReduceOnly { get; init; }

    /// <summary><c>price</c>.</summary>
    public string? Price { get; init; }

    /// <summary><c>newClientOrderId</c>: <c>^[\.A-Z\:/a-z0-9_-]{1,36}$</c>.</summary>
    public string? NewClientOrderId { get; init; }

    /// <summary><c>stopPrice</c> (conditional types, which this endpoint refuses since the Algo Service migration).</summary>
    public string? StopPrice { get; init; }

    /// <summary><c>closePosition</c>: <c>"true"</c> or <c>"false"</c> (STOP_MARKET / TAKE_PROFIT_MARKET).</summary>
    public string? ClosePosition { get; init; }

    /// <summary><c>activationPrice</c> (TRAILING_STOP_MARKET).</summary>
    public string? ActivationPrice { get; init; }

    /// <summary><c>callbackRate</c> (TRAILING_STOP_MARKET).</summary>
    public string? CallbackRate { get; init; }

    /// <summary><c>workingType</c>: <c>MARK_PRICE</c> or <c>CONTRACT_PRICE</c>.</summary>
    public string? WorkingType { get; init; }

    /// <summary><c>priceProtect</c>: <c>"TRUE"</c> or <c>"FALSE"</c>.</summary>
    public string? PriceProtect { get; init; }

    /// <summary><c>newOrderRespType</c>: <c>ACK</c> or <c>RESULT</c>.</summary>
    public string? NewOrderRespType { get; init; }

    /// <summary><c>priceMatch</c>: OPPONENT, OPPONENT_5/10/20, QUEUE, QUEUE_5/10/20; not together with <c>price</c>.</summary>
    public string? PriceMatch { get; init; }

    /// <summary><c>selfTradePreventionMode</c>: EXPIRE_TAKER, EXPIRE_MAKER, EXPIRE_BOTH or NONE.</summary>
    public string? SelfTradePreventionMode { get; init; }

    /// <summary><c>goodTillDate</c> in epoch milliseconds (mandatory with GTD).</summary>
    public string? GoodTillDate { get; init; }

    /// <summary>Builds a request from <c>name=value</c> pairs (query string, form, or a batchOrders element), ignoring names it does not model.</summary>
    /// <param name="parameters">The parameters; the first occurrence of a name wins.</param>
    /// <returns>The request.</returns>
    public static FuturesOrderRequest FromParameters(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var request = default(FuturesOrderRequest);
        foreach (var (name, value) in parameters.Reverse())
        {
            request = name switch
            {
                "symbol" => request with { Symbol = value },
                "side" => request with { Side = value },
                "positionSide" => request with { PositionSide = value },
                "type" => request with { Type = value },
                "timeInForce" => request with { TimeInForce = value },
                "quantity" => request with { Quantity = value },
                "reduceOnly" => request with { ReduceOnly = value },
                "price" => request with { Price = value },
                "newClientOrderId" => request with { NewClientOrderId = value },
                "stopPrice" => request with { StopPrice = value },
                "closePosition" => request with { ClosePosition = value },
                "activationPrice" => request with { ActivationPrice = value },
                "callbackRate" => request with { CallbackRate = value },
                "workingType" => request with { WorkingType = value },
                "priceProtect" => request with { PriceProtect = value },
                "newOrderRespType" => request with { NewOrderRespType = value },
                "priceMatch" => request with { PriceMatch = value },
                "selfTradePreventionMode" => request with { SelfTradePreventionMode = value },
                "goodTillDate" => request with { GoodTillDate = value },
                _ => request,
            };
        }

        return request;
    }
}
