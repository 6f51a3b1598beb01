namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// The WebSocket API's connection admission limit: at most <c>limit</c> connection attempts per IP in each fixed
/// window aligned to the UTC clock (Spot documents "300 connections per attempt every 5 minutes", per IP), counted on
/// the sandbox's clock like every other limit. Every attempt counts, refused ones too, as the exchange counts attempts
/// rather than connections; a window's count starts again at zero when the next window starts.
/// </summary>
internal sealed class ConnectionAttemptLimiter
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (long WindowStart, int Attempts)> _ips = new(StringComparer.Ordinal);
    private readonly long _windowMs;

    /// <param name="limit">Attempts allowed per IP and window (at least 1).</param>
    /// <param name="window">The window (more than zero).</param>
    public ConnectionAttemptLimiter(int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromMilliseconds(1));
        Limit = limit;
        _windowMs = (long)window.TotalMilliseconds;
    }

    /// <summary>Attempts allowed per IP and window.</summary>
    public int Limit { get; }

    /// <summary>Counts one attempt from <paramref name="ip"/>; whether it is within the limit, and when the window ends.</summary>
    public (bool Admitted, long WindowEndMs) Attempt(string ip, long now)
    {
        var start = now / _windowMs * _windowMs;
        lock (_gate)
        {
            var attempts = _ips.TryGetValue(ip, out var counter) && counter.WindowStart == start ? counter.Attempts : 0;

            // Saturates: a storm of refused attempts cannot overflow the count.
            attempts = attempts == int.MaxValue ? attempts : attempts + 1;
            _ips[ip] = (start, attempts);
            return (attempts <= Limit, start + _windowMs);
        }
    }
}
