using System.Globalization;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>Checks a sandbox set-up at start-up, so a bad one is refused with a reason instead of failing every request.</summary>
internal static class SandboxConfiguration
{
    /// <summary>The limit windows of a venue's exchangeInfo, with the options' ban policy, once both are checked.</summary>
    public static LimitTracker Limits(IReadOnlyList<BinanceRateLimit> rateLimits, SandboxOptions options)
    {
        Validate(rateLimits, options);
        return new LimitTracker(rateLimits, options.ViolationsBeforeBan, options.BanDurations);
    }

    /// <summary>Refuses rate limits the sandbox cannot count and a ban policy out of range.</summary>
    private static void Validate(IReadOnlyList<BinanceRateLimit> rateLimits, SandboxOptions options)
    {
        for (var i = 0; i < rateLimits.Count; i++)
        {
            var limit = rateLimits[i];
            if (limit.IntervalNum < 1)
            {
                throw new ArgumentException($"rateLimits[{i}] ({limit.Type} per {limit.Interval}) has intervalNum {limit.IntervalNum.ToString(CultureInfo.InvariantCulture)}; a window must span at least 1 {limit.Interval.ToString().ToUpperInvariant()}.", nameof(options));
            }

            if (limit.Limit < 1)
            {
                throw new ArgumentException($"rateLimits[{i}] ({limit.Type} per {limit.IntervalText}) has limit {limit.Limit.ToString(CultureInfo.InvariantCulture)}; a limit must be at least 1.", nameof(options));
            }

            if (limit.Window > TimeSpan.FromDays(366))
            {
                throw new ArgumentException($"rateLimits[{i}] spans {limit.IntervalText}; the sandbox counts windows of at most a year.", nameof(options));
            }
        }

        if (options.ViolationsBeforeBan < 1)
        {
            throw new ArgumentException($"ViolationsBeforeBan must be at least 1, not {options.ViolationsBeforeBan.ToString(CultureInfo.InvariantCulture)}.", nameof(options));
        }

        if (options.WebSocketConnectionAttempts < 1)
        {
            throw new ArgumentException($"WebSocketConnectionAttempts must be at least 1, not {options.WebSocketConnectionAttempts.ToString(CultureInfo.InvariantCulture)}.", nameof(options));
        }

        if (options.WebSocketConnectionWindow < TimeSpan.FromSeconds(1) || options.WebSocketConnectionWindow > TimeSpan.FromDays(1))
        {
            throw new ArgumentException($"WebSocketConnectionWindow must be at least 1 second and at most 1 day, not {options.WebSocketConnectionWindow}.", nameof(options));
        }

        foreach (var ban in options.BanDurations)
        {
            if (ban <= TimeSpan.Zero || ban > TimeSpan.FromDays(30))
            {
                throw new ArgumentException($"Every ban duration must be more than zero and at most 30 days, not {ban}.", nameof(options));
            }
        }
    }
}
