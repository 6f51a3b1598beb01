namespace BinanceErrors.Cli;

/// <summary>Bad input on the command line: reported as one line on standard error with exit code 2.</summary>
internal sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliUsageException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The one-line explanation, naming the valid values.</param>
    public CliUsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The one-line explanation.</param>
    /// <param name="innerException">The cause.</param>
    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
