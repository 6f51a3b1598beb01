namespace BinanceErrors;

/// <summary>
/// The request may or may not have executed (HTTP 5XX, -1006, -1007, a timeout after sending) and looking it up
/// did not settle it. Carries the client order id, so the caller can reconcile later instead of resending.
/// </summary>
public sealed class BinanceExecutionUnknownException : BinanceApiException
{
    /// <summary>Creates the exception for a classified error.</summary>
    /// <param name="error">The classified error.</param>
    /// <param name="clientOrderId">The client order id the request carried, when it placed or cancelled an order.</param>
    /// <param name="innerException">The cause, e.g. a timeout or a dropped connection.</param>
    public BinanceExecutionUnknownException(BinanceError error, string? clientOrderId, Exception? innerException = null)
        : base(error, innerException)
    {
        ClientOrderId = clientOrderId;
        Data[nameof(ClientOrderId)] = clientOrderId;
    }

    /// <summary>The client order id to look the order up by.</summary>
    public string? ClientOrderId { get; }
}
