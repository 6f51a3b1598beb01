namespace BinanceErrors;

/// <summary>The balance or margin does not cover the order.</summary>
public sealed class BinanceInsufficientBalanceException : BinanceApiException
{
    /// <summary>Creates the exception for a classified error.</summary>
    /// <param name="error">The classified error.</param>
    public BinanceInsufficientBalanceException(BinanceError error)
        : base(error)
    {
    }
}
