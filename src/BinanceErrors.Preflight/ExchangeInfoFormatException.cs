namespace BinanceErrors.Preflight;

/// <summary>An exchangeInfo document could not be read; the message names the JSON path and the value.</summary>
public sealed class ExchangeInfoFormatException : BinanceException
{
    /// <summary>Creates the exception.</summary>
    public ExchangeInfoFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where; <see langword="null"/> gives the default message.</param>
    public ExchangeInfoFormatException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where; <see langword="null"/> gives the default message.</param>
    /// <param name="innerException">The cause, or <see langword="null"/> when there is none.</param>
    public ExchangeInfoFormatException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// The venue the document turned out to be from, when it was given to the other venue's reader (a Spot document to
    /// <see cref="Futures.FuturesExchangeInfo"/>, a futures one to <see cref="ExchangeInfo"/>); otherwise <see langword="null"/>.
    /// </summary>
    public BinanceVenue? DocumentVenue { get; init; }
}
