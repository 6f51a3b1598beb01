namespace BinanceErrors.Preflight;

/// <summary>The parameters of <c>POST /api/v3/orderList/oco</c> as strings, exactly as they would be sent.</summary>
public readonly record struct OcoRequest
{
    /// <summary><c>symbol</c>.</summary>
    public string? Symbol { get; init; }

    /// <summary><c>side</c> of both legs.</summary>
    public string? Side { get; init; }

    /// <summary><c>quantity</c> of both legs.</summary>
    public string? Quantity { get; init; }

    /// <summary><c>aboveType</c>: STOP_LOSS_LIMIT, STOP_LOSS, LIMIT_MAKER, TAKE_PROFIT or TAKE_PROFIT_LIMIT.</summary>
    public string? AboveType { get; init; }

    /// <summary><c>abovePrice</c>.</summary>
    public string? AbovePrice { get; init; }

    /// <summary><c>aboveStopPrice</c>.</summary>
    public string? AboveStopPrice { get; init; }

    /// <summary><c>aboveTrailingDelta</c>.</summary>
    public string? AboveTrailingDelta { get; init; }

    /// <summary><c>aboveTimeInForce</c>.</summary>
    public string? AboveTimeInForce { get; init; }

    /// <summary><c>aboveIcebergQty</c>.</summary>
    public string? AboveIcebergQty { get; init; }

    /// <summary><c>belowType</c>: STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT (LIMIT_MAKER on a SELL is -1166).</summary>
    public string? BelowType { get; init; }

    /// <summary><c>belowPrice</c>.</summary>
    public string? BelowPrice { get; init; }

    /// <summary><c>belowStopPrice</c>.</summary>
    public string? BelowStopPrice { get; init; }

    /// <summary><c>belowTrailingDelta</c>.</summary>
    public string? BelowTrailingDelta { get; init; }

    /// <summary><c>belowTimeInForce</c>.</summary>
    public string? BelowTimeInForce { get; init; }

    /// <summary><c>belowIcebergQty</c>.</summary>
    public string? BelowIcebergQty { get; init; }
}
