using System.Globalization;

namespace BinanceErrors;

/// <summary>
/// The response headers the classifier reads (Retry-After, Content-Type), from either an <c>HttpResponseMessage</c>'s
/// header collections or a plain list of name/value pairs. The default value means "no headers".
/// </summary>
public readonly struct BinanceResponseHeaders
{
    private readonly IEnumerable<KeyValuePair<string, IEnumerable<string>>>? _multi;
    private readonly IEnumerable<KeyValuePair<string, string>>? _single;

    /// <summary>Wraps header collections such as <c>HttpResponseMessage.Headers</c>.</summary>
    /// <param name="headers">The headers; read lazily, never copied.</param>
    public BinanceResponseHeaders(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers) => _multi = headers;

    /// <summary>Wraps name/value pairs, e.g. a dictionary parsed from a log line.</summary>
    /// <param name="headers">The headers; names compare case-insensitively.</param>
    public BinanceResponseHeaders(IEnumerable<KeyValuePair<string, string>> headers) => _single = headers;

    /// <summary>No headers were given (the default value).</summary>
    internal bool IsEmpty => _multi is null && _single is null;

    /// <summary>Finds the first value of a header, comparing names case-insensitively.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The first value when present.</param>
    /// <returns><see langword="true"/> when the header is present.</returns>
    public bool TryGetValue(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        if (_single is not null)
        {
            foreach (var pair in _single)
            {
                if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = pair.Value;
                    return true;
                }
            }
        }
        else if (_multi is not null)
        {
            foreach (var pair in _multi)
            {
                if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = pair.Value.FirstOrDefault();
                    return value is not null;
                }
            }
        }

        value = null;
        return false;
    }

    /// <summary>
    /// The longest halt the exchange imposes: IP bans "scale in duration for repeat offenders, from 2 minutes to 3 days"
    /// (Binance's rate-limit documentation). A Retry-After header is read as at most this long, and the classifier
    /// bounds a ban's stated end to now plus this: a longer wait is a broken header or text, and one bound for both
    /// keeps a halt from outliving any real ban while every computed instant stays representable.
    /// </summary>
    public static TimeSpan MaxRetryAfter { get; } = TimeSpan.FromDays(3);

    /// <summary>Reads <c>Retry-After</c> as delta-seconds or an HTTP date, relative to <paramref name="now"/>, at most <see cref="MaxRetryAfter"/>.</summary>
    /// <param name="now">The current time, for HTTP dates.</param>
    /// <param name="delay">The delay, never negative.</param>
    /// <returns><see langword="true"/> when the header is present and valid.</returns>
    public bool TryGetRetryAfter(DateTimeOffset now, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        if (!TryGetValue("Retry-After", out var raw))
        {
            return false;
        }

        raw = raw.Trim();
        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            delay = TimeSpan.FromSeconds(Math.Min(seconds, (long)MaxRetryAfter.TotalSeconds));
            return true;
        }

        if (DateTimeOffset.TryParseExact(raw, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            delay = date > now ? date - now : TimeSpan.Zero;
            delay = delay > MaxRetryAfter ? MaxRetryAfter : delay;
            return true;
        }

        return false;
    }
}
