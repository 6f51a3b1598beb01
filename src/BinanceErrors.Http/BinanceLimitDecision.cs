namespace BinanceErrors.Http;

/// <summary>A limit store's answer to a reservation: go (the slot is taken), wait until an instant, or refuse (banned).</summary>
/// <param name="Banned">Whether the IP group is banned (HTTP 418) until <paramref name="UntilMs"/>.</param>
/// <param name="UntilMs">0 to go now; otherwise the server instant until which the request must not be sent.</param>
/// <param name="Reason">Why it must wait, for logs: <c>banned</c>, <c>429 halt</c>, <c>request weight 1M</c>, …</param>
public readonly record struct BinanceLimitDecision(bool Banned, long UntilMs, string? Reason)
{
    /// <summary>The answer that lets the request go (its slot is taken).</summary>
    public static BinanceLimitDecision Go => default;

    /// <summary>Whether the request may be sent now.</summary>
    public bool CanSend => UntilMs == 0;
}
