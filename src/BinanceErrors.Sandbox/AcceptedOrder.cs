namespace BinanceErrors.Sandbox;

/// <summary>An order the sandbox accepted (whatever happened to it since), for tests that count orders.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="OrderId">The exchange order id.</param>
/// <param name="ClientOrderId">The client order id.</param>
/// <param name="ApiKey">The API key (account) that placed it.</param>
/// <param name="Side">BUY or SELL.</param>
/// <param name="Type">The order type as placed.</param>
/// <param name="Price">The limit price (0 for MARKET).</param>
/// <param name="OrigQty">The quantity.</param>
/// <param name="ExecutedQty">The quantity filled so far.</param>
/// <param name="Status">The current status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED…).</param>
/// <param name="Time">When it was accepted, epoch milliseconds of the sandbox clock.</param>
public sealed record AcceptedOrder(
    string Symbol,
    long OrderId,
    string ClientOrderId,
    string ApiKey,
    string Side,
    string Type,
    decimal Price,
    decimal OrigQty,
    decimal ExecutedQty,
    string Status,
    long Time);
