namespace BinanceErrors;

/// <summary>The base of every exception this toolkit throws, so that one <c>catch</c> covers them all.</summary>
public class BinanceException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public BinanceException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message; must not contain credentials. <see langword="null"/> gives the default message, as for <see cref="Exception"/>.</param>
    public BinanceException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message; must not contain credentials. <see langword="null"/> gives the default message, as for <see cref="Exception"/>.</param>
    /// <param name="innerException">The cause, or <see langword="null"/> when there is none.</param>
    public BinanceException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
