namespace BinanceErrors.Http;

/// <summary>One open intent after recovery.</summary>
/// <param name="Intent">The intent as the journal had it.</param>
/// <param name="Status">Placed, not placed, or still unknown.</param>
/// <param name="OrderId">The exchange's order id when placed.</param>
/// <param name="OrderStatus">The exchange's order status when placed, e.g. <c>NEW</c> or <c>FILLED</c>.</param>
public sealed record BinanceRecoveredOrder(BinanceOrderIntent Intent, BinanceRecoveryStatus Status, long? OrderId, string? OrderStatus);
