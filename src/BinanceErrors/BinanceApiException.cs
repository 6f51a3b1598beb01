using System.Globalization;
using BinanceErrors.Internal;

namespace BinanceErrors;

/// <summary>
/// The exchange answered with an error. Carries the full <see cref="BinanceError"/>; its sealed subclasses let
/// callers catch the kinds they handle (rate limits, clock skew, authentication, balance, missing orders, unknown
/// outcomes). Messages and <see cref="Exception.ToString"/> never contain credentials.
/// </summary>
public class BinanceApiException : BinanceException
{
    /// <summary>Creates the exception for a classified error.</summary>
    /// <param name="error">The classified error.</param>
    public BinanceApiException(BinanceError error)
        : this(error, null)
    {
    }

    /// <summary>Creates the exception for a classified error, with a cause.</summary>
    /// <param name="error">The classified error.</param>
    /// <param name="innerException">The cause, e.g. a timeout; <see langword="null"/> when there is none.</param>
    public BinanceApiException(BinanceError error, Exception? innerException)
        : base(Describe(error ?? throw new ArgumentNullException(nameof(error))), innerException)
    {
        Error = error;
        Data[nameof(Venue)] = BinanceVenueNames.Of(error.Venue);
        Data[nameof(Code)] = error.Code;
        Data["Name"] = error.Name;
        Data[nameof(HttpStatus)] = error.HttpStatus;
        Data[nameof(Kind)] = error.Kind.ToString();
        Data["Action"] = error.Advice.Action.ToString();
    }

    /// <summary>The classified error.</summary>
    public BinanceError Error { get; }

    /// <summary>The venue that answered.</summary>
    public BinanceVenue Venue => Error.Venue;

    /// <summary>The Binance error code, when the body had one; compare with <see cref="BinanceErrorCodes"/>.</summary>
    public int? Code => Error.Code;

    /// <summary>The HTTP status, when known.</summary>
    public int? HttpStatus => Error.HttpStatus;

    /// <summary>The unified kind.</summary>
    public BinanceErrorKind Kind => Error.Kind;

    /// <summary>How long to wait before the next request, when the exchange said so.</summary>
    public TimeSpan? RetryAfter => Error.Advice.RetryAfter;

    /// <summary>Creates the most specific exception type for an error.</summary>
    /// <param name="error">The classified error.</param>
    /// <param name="clientOrderId">The client order id of the request, for unknown outcomes.</param>
    /// <returns>The exception to throw.</returns>
    public static BinanceApiException Create(BinanceError error, string? clientOrderId = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind switch
        {
            BinanceErrorKind.RateLimited or BinanceErrorKind.IpBanned => new BinanceRateLimitException(error),
            BinanceErrorKind.ClockSkew => new BinanceClockSkewException(error),
            BinanceErrorKind.Authentication => new BinanceAuthenticationException(error),
            BinanceErrorKind.InsufficientBalance => new BinanceInsufficientBalanceException(error),
            BinanceErrorKind.OrderNotFound => new BinanceOrderNotFoundException(error),
            BinanceErrorKind.ExecutionUnknown => new BinanceExecutionUnknownException(error, clientOrderId),
            _ when error.ExecutionUnknown => new BinanceExecutionUnknownException(error, clientOrderId),
            _ => new BinanceApiException(error),
        };
    }

    private static string Describe(BinanceError error)
    {
        var code = error.Code is { } c ? c.ToString(CultureInfo.InvariantCulture) : "no code";
        var name = error.Name is { } n ? " " + n : string.Empty;
        var status = error.HttpStatus is { } s ? $", HTTP {s.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        var message = error.Message.Length > 0 ? ": " + SecretRedactor.Redact(error.Message).TrimEnd('.') : string.Empty;
        return $"Binance {BinanceVenueNames.Of(error.Venue)} error {code}{name} ({error.Kind}{status}){message}. Advice: {error.Advice}.";
    }
}
