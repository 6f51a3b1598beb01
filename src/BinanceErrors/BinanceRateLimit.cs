namespace BinanceErrors;

/// <summary>
/// One rate limit, e.g. REQUEST_WEIGHT 6000 per 1 MINUTE: as exchangeInfo lists it (pre-flight, the sandbox) and as the
/// HTTP client enforces it (<c>BinanceClientOptions.RequestWeightLimits</c> and <c>OrderLimits</c>). The one rate-limit
/// type of the toolkit.
/// </summary>
/// <param name="Type">What is counted.</param>
/// <param name="Interval">The window unit.</param>
/// <param name="IntervalNum">How many units one window spans.</param>
/// <param name="Limit">The most the window allows.</param>
public sealed record BinanceRateLimit(BinanceRateLimitType Type, BinanceRateLimitInterval Interval, int IntervalNum, int Limit)
{
    /// <summary>Creates a limit from a window length, e.g. 50 orders per 10 seconds.</summary>
    /// <param name="type">What is counted.</param>
    /// <param name="window">The window: a whole number of days, hours, minutes or seconds.</param>
    /// <param name="limit">The most the window allows.</param>
    /// <exception cref="ArgumentOutOfRangeException">The window is not a positive whole number of seconds.</exception>
    public BinanceRateLimit(BinanceRateLimitType type, TimeSpan window, int limit)
        : this(type, IntervalOf(window), NumberOf(window), limit)
    {
    }

    /// <summary>The window's length.</summary>
    public TimeSpan Window => Interval switch
    {
        BinanceRateLimitInterval.Second => TimeSpan.FromSeconds(IntervalNum),
        BinanceRateLimitInterval.Minute => TimeSpan.FromMinutes(IntervalNum),
        BinanceRateLimitInterval.Hour => TimeSpan.FromHours(IntervalNum),
        _ => TimeSpan.FromDays(IntervalNum),
    };

    /// <summary>The suffix of the usage header for this limit, e.g. <c>1M</c> in <c>X-MBX-USED-WEIGHT-1M</c>.</summary>
    public string HeaderSuffix => IntervalNum.ToString(System.Globalization.CultureInfo.InvariantCulture) + Interval switch
    {
        BinanceRateLimitInterval.Second => "S",
        BinanceRateLimitInterval.Minute => "M",
        BinanceRateLimitInterval.Hour => "H",
        _ => "D",
    };

    /// <summary>The interval as the exchange writes it in messages, e.g. <c>1 MINUTE</c>.</summary>
    public string IntervalText => $"{IntervalNum} {Interval.ToString().ToUpperInvariant()}";

    private static BinanceRateLimitInterval IntervalOf(TimeSpan window) => CheckWhole(window) switch
    {
        var w when w.Ticks % TimeSpan.TicksPerDay == 0 => BinanceRateLimitInterval.Day,
        var w when w.Ticks % TimeSpan.TicksPerHour == 0 => BinanceRateLimitInterval.Hour,
        var w when w.Ticks % TimeSpan.TicksPerMinute == 0 => BinanceRateLimitInterval.Minute,
        _ => BinanceRateLimitInterval.Second,
    };

    private static int NumberOf(TimeSpan window) => IntervalOf(window) switch
    {
        BinanceRateLimitInterval.Day => (int)window.TotalDays,
        BinanceRateLimitInterval.Hour => (int)window.TotalHours,
        BinanceRateLimitInterval.Minute => (int)window.TotalMinutes,
        _ => (int)window.TotalSeconds,
    };

    private static TimeSpan CheckWhole(TimeSpan window) =>
        window > TimeSpan.Zero && window.Ticks % TimeSpan.TicksPerSecond == 0 && window.TotalDays <= int.MaxValue
            ? window
            : throw new ArgumentOutOfRangeException(nameof(window), window, "A rate-limit window is a positive whole number of seconds.");
}
