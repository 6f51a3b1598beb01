namespace BinanceErrors.Http;

/// <summary>One limit the client enforces before sending: a count per fixed window aligned to the UTC clock.</summary>
/// <param name="Window">The window length, e.g. 1 minute.</param>
/// <param name="Limit">The most the window allows.</param>
public sealed record BinanceRateLimitRule(TimeSpan Window, int Limit)
{
    /// <summary>The header suffix the exchange reports this window with, e.g. <c>1M</c>, <c>10S</c>, <c>1D</c>.</summary>
    public string HeaderSuffix => Internal.LimitWindowText.Suffix((long)Window.TotalMilliseconds);
}
