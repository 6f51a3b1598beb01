namespace BinanceErrors.Http;

/// <summary>What a journal knows about an order intent.</summary>
public enum BinanceOrderIntentState
{
    /// <summary>Written before the request left; the outcome is not known yet (or the process died before it was).</summary>
    Open = 0,

    /// <summary>The exchange has the order.</summary>
    Placed = 1,

    /// <summary>The exchange refused the order, or absence was proven; it will never exist under this client order id.</summary>
    NotPlaced = 2,
}
