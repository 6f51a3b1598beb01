namespace BinanceErrors.Sandbox.Tests.Fixtures;

/// <summary>
/// Spot user data events as binance/binance-spot-api-docs documents them (user-data-stream.md at a5e0bc3,
/// 2026-07-21), quoted verbatim with their comments (parse with <see cref="System.Text.Json.JsonCommentHandling.Skip"/>).
/// </summary>
public static class SpotUserDataSamples
{
    /// <summary>"Balance Update" payload.</summary>
    public const string BalanceUpdate = """
{
    "subscriptionId": 0,
    "event": {
        "e": "balanceUpdate",     // Event Type
        "E": 1573200697110,       // Event Time
        "a": "BTC",               // Asset
        "d": "100.00000000",      // Balance Delta
        "T": 1573200697068        // Clear Time
    }
}
""";

    /// <summary>The <c>listStatus</c> payload ("If the order is an order list, an event named ListStatus will be sent in addition to the executionReport event.").</summary>
    public const string ListStatus = """
{
    "subscriptionId": 0,
    "event": {
        "e": "listStatus",                        // Event Type
        "E": 1564035303637,                       // Event Time
        "s": "ETHBTC",                            // Symbol
        "g": 2,                                   // OrderListId
        "c": "OCO",                               // Contingency Type
        "l": "EXEC_STARTED",                      // List Status Type
        "L": "EXECUTING",                         // List Order Status
        "r": "NONE",                              // List Reject Reason
        "C": "F4QN4G8DlFATFlIUQ0cjdD",            // List Client Order ID
        "T": 1564035303625,                       // Transaction Time
        // An array of objects
        "O": [
            {
                "s": "ETHBTC",                    // Symbol
                "i": 17,                          // OrderId
                "c": "AJYsMjErWJesZvqlJCTUgL"     // ClientOrderId
            },
            {
                "s": "ETHBTC",
                "i": 18,
                "c": "bfYPSQdLoqAJeNrOr9adzq"
            }
        ]
    }
}
""";
}
