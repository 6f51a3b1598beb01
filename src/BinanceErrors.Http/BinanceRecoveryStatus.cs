namespace BinanceErrors.Http;

/// <summary>What <see cref="BinanceOrderRecovery"/> found out about an open intent.</summary>
public enum BinanceRecoveryStatus
{
    /// <summary>The exchange has the order.</summary>
    Placed = 0,

    /// <summary>Absence is proven: it was never placed and can no longer be; placing it again (same id) is safe.</summary>
    NotPlaced = 1,

    /// <summary>The exchange could not be asked, or absence could not be proven within the budget; the intent stays open.</summary>
    Unknown = 2,
}
