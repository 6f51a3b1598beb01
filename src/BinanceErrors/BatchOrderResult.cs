namespace BinanceErrors;

/// <summary>
/// One element of a futures <c>batchOrders</c> reply, in request order: the order the exchange accepted (or cancelled),
/// or the <see cref="BinanceError"/> it refused that one order with. A refused element is a definite outcome for that
/// order only; the other elements stand.
/// </summary>
public sealed record BatchOrderResult
{
    /// <summary>The position in the request's list, from 0.</summary>
    public int Index { get; init; }

    /// <summary>Whether the exchange accepted this element (it holds an order, not <c>{code,msg}</c>).</summary>
    public bool IsAccepted => Error is null;

    /// <summary>The classified refusal, e.g. -2022 <c>ReduceOnly Order is rejected.</c>; <see langword="null"/> when accepted.</summary>
    public BinanceError? Error { get; init; }

    /// <summary>The exchange's order id, when accepted.</summary>
    public long? OrderId { get; init; }

    /// <summary>The client order id, when accepted.</summary>
    public string? ClientOrderId { get; init; }

    /// <summary>The order status (e.g. <c>NEW</c>), when accepted.</summary>
    public string? Status { get; init; }

    /// <summary>The element exactly as received.</summary>
    public string Json { get; init; } = string.Empty;
}
