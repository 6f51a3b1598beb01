namespace BinanceErrors;

/// <summary>The signature or API key was rejected; retrying with the same credentials cannot succeed.</summary>
public sealed class BinanceAuthenticationException : BinanceApiException
{
    /// <summary>Creates the exception for a classified error.</summary>
    /// <param name="error">The classified error.</param>
    public BinanceAuthenticationException(BinanceError error)
        : base(error)
    {
    }
}
