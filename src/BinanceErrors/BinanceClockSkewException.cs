namespace BinanceErrors;

/// <summary>The request timestamp was outside recvWindow or ahead of the server: resync the clock offset and re-sign.</summary>
public sealed class BinanceClockSkewException : BinanceApiException
{
    /// <summary>Creates the exception for a classified error.</summary>
    /// <param name="error">The classified error.</param>
    public BinanceClockSkewException(BinanceError error)
        : base(error)
    {
    }
}
