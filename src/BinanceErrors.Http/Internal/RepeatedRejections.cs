using System.Globalization;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// Remembers recent rejections by what was asked (venue, method, path, code and the parameters that say what the
/// request does), so a bot sending an order the exchange will never accept, again and again, is counted
/// (chrisleekr/binance-trading-bot#742). Bounded: at most <see cref="Capacity"/> requests are remembered, expired
/// ones first out.
/// </summary>
internal sealed class RepeatedRejections(TimeSpan window)
{
    public const int Capacity = 1024;

    // Parameters that change on every send of the same request, so they do not tell two requests apart.
    private static readonly string[] PerSend = ["timestamp", "signature", "recvWindow", "newClientOrderId"];

    private readonly object _gate = new();
    private readonly Dictionary<string, long> _lastSeenMs = new(StringComparer.Ordinal);
    private readonly long _windowMs = (long)window.TotalMilliseconds;

    /// <summary>The request's identity: venue, method, path, code and its sorted parameters without the per-send ones.</summary>
    public static string Key(BinanceError error, string method, string path, string parameters)
    {
        var pairs = QueryText.Pairs(parameters).ToList();
        pairs.RemoveAll(pair => PerSend.Contains(pair.IndexOf('=', StringComparison.Ordinal) is var equals and >= 0 ? pair[..equals] : pair, StringComparer.Ordinal));
        pairs.Sort(StringComparer.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)error.Venue} {error.Code} {method} {path}?") + string.Join('&', pairs);
    }

    /// <summary>Records the rejection at <paramref name="nowMs"/>; whether the same one was seen within the window.</summary>
    public bool Seen(string key, long nowMs)
    {
        lock (_gate)
        {
            var repeated = _lastSeenMs.TryGetValue(key, out var last) && nowMs - last <= _windowMs;
            if (!repeated && _lastSeenMs.Count >= Capacity)
            {
                Evict(nowMs);
            }

            _lastSeenMs[key] = nowMs;
            return repeated;
        }
    }

    private void Evict(long nowMs)
    {
        foreach (var (key, last) in _lastSeenMs)
        {
            if (nowMs - last > _windowMs)
            {
                _lastSeenMs.Remove(key);
            }
        }

        if (_lastSeenMs.Count >= Capacity)
        {
            // Every one is recent: forget the oldest.
            _lastSeenMs.Remove(_lastSeenMs.MinBy(pair => pair.Value).Key);
        }
    }
}
