namespace BinanceErrors.Preflight;

/// <summary>One rate limit from exchangeInfo, e.g. REQUEST_WEIGHT 6000 per 1 MINUTE.</summary>
/// <param name="Type">What is counted.</param>
/// <param name="Interval">The window unit.</param>
/// <param name="IntervalNum">How many units one window spans.</param>
/// <param name="Limit">The most the window allows.</param>
public sealed record RateLimit(RateLimitType Type, RateLimitInterval Interval, int IntervalNum, int Limit)
{
    /// <summary>The window's length.</summary>
    public TimeSpan Window => Interval switch
    {
        RateLimitInterval.Second => TimeSpan.FromSeconds(IntervalNum),
        RateLimitInterval.Minute => TimeSpan.FromMinutes(IntervalNum),
        RateLimitInterval.Hour => TimeSpan.FromHours(IntervalNum),
        _ => TimeSpan.FromDays(IntervalNum),
    };

    /// <summary>The suffix of the usage header for this limit, e.g. <c>1M</c> in <c>X-MBX-USED-WEIGHT-1M</c>.</summary>
    public string HeaderSuffix => IntervalNum.ToString(System.Globalization.CultureInfo.InvariantCulture) + Interval switch
    {
        RateLimitInterval.Second => "S",
        RateLimitInterval.Minute => "M",
        RateLimitInterval.Hour => "H",
        _ => "D",
    };

    /// <summary>The interval as the exchange writes it in messages, e.g. <c>1 MINUTE</c>.</summary>
    public string IntervalText => $"{IntervalNum} {Interval.ToString().ToUpperInvariant()}";
}
