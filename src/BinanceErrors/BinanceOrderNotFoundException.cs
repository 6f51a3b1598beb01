namespace BinanceErrors;

/// <summary>The order does not exist, was already closed, or is archived.</summary>
public sealed class BinanceOrderNotFoundException : BinanceApiException
{
    /// <summary>Creates the exception for a classified error.</summary>
    /// <param name="error">The classified error.</param>
    public BinanceOrderNotFoundException(BinanceError error)
        : base(error)
    {
    }
}
