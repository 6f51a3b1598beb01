namespace BinanceErrors;

/// <summary>The base of every exception this toolkit throws, so that one <c>catch</c> covers them all.</summary>
public class BinanceException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public BinanceException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message; must not contain credentials.</param>
    public BinanceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message; must not contain credentials.</param>
    /// <param name="innerException">The cause.</param>
    public BinanceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
