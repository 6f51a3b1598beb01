namespace BinanceErrors.Sandbox;

/// <summary>An order list the sandbox accepted (whatever happened to it since), for tests that count lists.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="OrderListId">The exchange's order list id.</param>
/// <param name="ListClientOrderId">The list's client id.</param>
/// <param name="ApiKey">The API key (account) that placed it.</param>
/// <param name="ContingencyType">OCO or OTO (an OTOCO reports OTO).</param>
/// <param name="ListOrderStatus">EXECUTING or ALL_DONE.</param>
/// <param name="OrderIds">The order ids of its legs.</param>
/// <param name="Time">When it was accepted, epoch milliseconds of the sandbox clock.</param>
public sealed record AcceptedOrderList(
    string Symbol,
    long OrderListId,
    string ListClientOrderId,
    string ApiKey,
    string ContingencyType,
    string ListOrderStatus,
    IReadOnlyList<long> OrderIds,
    long Time);
