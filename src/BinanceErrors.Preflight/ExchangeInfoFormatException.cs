namespace BinanceErrors.Preflight;

/// <summary>An exchangeInfo document could not be read; the message names the JSON path and the value.</summary>
public sealed class ExchangeInfoFormatException : BinanceException
{
    /// <summary>Creates the exception.</summary>
    public ExchangeInfoFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    public ExchangeInfoFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The cause.</param>
    public ExchangeInfoFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
