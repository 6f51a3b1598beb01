namespace BinanceErrors;

/// <summary>The IP or account hit a rate limit (HTTP 429) or is banned (HTTP 418); no request should be sent before the stated time.</summary>
public sealed class BinanceRateLimitException : BinanceApiException
{
    /// <summary>Creates the exception for a classified error.</summary>
    /// <param name="error">The classified error.</param>
    public BinanceRateLimitException(BinanceError error)
        : base(error)
    {
    }

    /// <summary>Whether this is a ban (HTTP 418) rather than a plain limit.</summary>
    public bool IsBan => Error.Kind == BinanceErrorKind.IpBanned;

    /// <summary>When the ban ends, for bans.</summary>
    public DateTimeOffset? BannedUntil => Error.BannedUntil;
}
