namespace BinanceErrors.Http;

/// <summary>The thresholds of the in-process alert hook (<see cref="BinanceErrorAlerts"/>).</summary>
public sealed class BinanceErrorAlertOptions
{
    /// <summary>The thresholds; each is counted on its own.</summary>
    public IList<BinanceErrorAlertThreshold> Thresholds { get; } = [];

    /// <summary>Adds a threshold for one code, e.g. <c>.ForCode(-1021, 3, TimeSpan.FromMinutes(10))</c>.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="count">Alert when more than this many arrive within <paramref name="window"/>.</param>
    /// <param name="window">The sliding window.</param>
    /// <returns>These options, for chaining.</returns>
    public BinanceErrorAlertOptions ForCode(int code, int count, TimeSpan window)
    {
        Thresholds.Add(new BinanceErrorAlertThreshold { Code = code, Count = count, Window = window });
        return this;
    }

    /// <summary>Adds a threshold for one kind, e.g. <c>.ForKind(BinanceErrorKind.RateLimited, 5, TimeSpan.FromMinutes(10))</c>.</summary>
    /// <param name="kind">The kind; its codes are counted together.</param>
    /// <param name="count">Alert when more than this many arrive within <paramref name="window"/>.</param>
    /// <param name="window">The sliding window.</param>
    /// <returns>These options, for chaining.</returns>
    public BinanceErrorAlertOptions ForKind(BinanceErrorKind kind, int count, TimeSpan window)
    {
        Thresholds.Add(new BinanceErrorAlertThreshold { Kind = kind, Count = count, Window = window });
        return this;
    }

    /// <summary>Adds a threshold every code is held to on its own (seed 001: 100), e.g. <c>.ForEveryCode(100, TimeSpan.FromMinutes(10))</c>.</summary>
    /// <param name="count">Alert when more than this many of one code arrive within <paramref name="window"/>.</param>
    /// <param name="window">The sliding window.</param>
    /// <returns>These options, for chaining.</returns>
    public BinanceErrorAlertOptions ForEveryCode(int count, TimeSpan window)
    {
        Thresholds.Add(new BinanceErrorAlertThreshold { Count = count, Window = window });
        return this;
    }
}
