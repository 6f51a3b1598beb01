namespace BinanceErrors.Preflight;

/// <summary>
/// The parameters of <c>POST /api/v3/order</c> exactly as they would be sent: strings, <see langword="null"/> for
/// "not sent" and <c>""</c> for "sent empty", so that validation sees what the exchange would see.
/// </summary>
public readonly record struct OrderRequest
{
    /// <summary><c>symbol</c>, e.g. <c>BTCUSDT</c>.</summary>
    public string? Symbol { get; init; }

    /// <summary><c>side</c>: <c>BUY</c> or <c>SELL</c>.</summary>
    public string? Side { get; init; }

    /// <summary><c>type</c>, e.g. <c>LIMIT</c>.</summary>
    public string? Type { get; init; }

    /// <summary><c>timeInForce</c>: <c>GTC</c>, <c>IOC</c> or <c>FOK</c>.</summary>
    public string? TimeInForce { get; init; }

    /// <summary><c>quantity</c> in the base asset.</summary>
    public string? Quantity { get; init; }

    /// <summary><c>quoteOrderQty</c> in the quote asset (MARKET only).</summary>
    public string? QuoteOrderQty { get; init; }

    /// <summary><c>price</c>.</summary>
    public string? Price { get; init; }

    /// <summary><c>stopPrice</c>.</summary>
    public string? StopPrice { get; init; }

    /// <summary><c>trailingDelta</c> in basis points.</summary>
    public string? TrailingDelta { get; init; }

    /// <summary><c>icebergQty</c>.</summary>
    public string? IcebergQty { get; init; }

    /// <summary><c>newClientOrderId</c>.</summary>
    public string? NewClientOrderId { get; init; }

    /// <summary>Builds a request from <c>name=value</c> pairs (query string or form), ignoring names it does not model.</summary>
    /// <param name="parameters">The parameters; the first occurrence of a name wins.</param>
    /// <returns>The request.</returns>
    public static OrderRequest FromParameters(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var request = default(OrderRequest);
        foreach (var (name, value) in parameters.Reverse())
        {
            request = name switch
            {
                "symbol" => request with { Symbol = value },
                "side" => request with { Side = value },
                "type" => request with { Type = value },
                "timeInForce" => request with { TimeInForce = value },
                "quantity" => request with { Quantity = value },
                "quoteOrderQty" => request with { QuoteOrderQty = value },
                "price" => request with { Price = value },
                "stopPrice" => request with { StopPrice = value },
                "trailingDelta" => request with { TrailingDelta = value },
                "icebergQty" => request with { IcebergQty = value },
                "newClientOrderId" => request with { NewClientOrderId = value },
                _ => request,
            };
        }

        return request;
    }
}
