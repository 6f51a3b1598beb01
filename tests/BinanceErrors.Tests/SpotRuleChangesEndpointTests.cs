namespace BinanceErrors.Tests;

/// <summary>The endpoint table after Spot's 2026 changes: free successful order methods and the Price Range Execution Rule's endpoints.</summary>
public sealed class SpotRuleChangesEndpointTests
{
    // binance/binance-spot-api-docs CHANGELOG.md, 2026-03-27 (effective 2026-04-02): "Request weights for the following
    // endpoints and methods become 0 when the request is successful. Failed requests are still charged the documented
    // weight." Its REST part; the test holds the table to the entries it knows. PUT /api/v3/order/amend/keepPriority is
    // on the list too, but the 2026-04-02 clarification makes it free only when the amend expires the order, so it is
    // not marked.
    private static readonly string[] ChangelogList =
    [
        "POST /api/v3/order",
        "POST /api/v3/sor/order",
        "DELETE /api/v3/order",
        "DELETE /api/v3/openOrders",
        "POST /api/v3/order/cancelReplace",
        "POST /api/v3/order/oco",
        "POST /api/v3/orderList/oco",
        "POST /api/v3/orderList/oto",
        "POST /api/v3/orderList/otoco",
        "POST /api/v3/orderList/opo",
        "POST /api/v3/orderList/opoco",
        "DELETE /api/v3/orderList",
    ];

    [Fact]
    public void ExactlyTheChangelogsEndpoints_AreFreeOnSuccess()
    {
        var free = BinanceEndpoints.All.Where(e => e.FreeOnSuccess).Select(e => e.ToString()).Order(StringComparer.Ordinal);
        var listed = ChangelogList.Where(e => BinanceEndpoints.TryFind(e.Split(' ')[0], e.Split(' ')[1], out _)).Order(StringComparer.Ordinal);

        free.ShouldBe(listed);
        BinanceEndpoints.TryFind("POST", "/api/v3/order/test", out var test).ShouldBeTrue();
        test.FreeOnSuccess.ShouldBeFalse("order/test is not on the list");
    }

    [Theory]
    [InlineData("symbol=BTCUSDT", 2)]
    [InlineData("symbols=%5B%22BTCUSDT%22%2C%22BNBBTC%22%5D", 4)]
    [InlineData("symbols=[\"A\",\"B\",\"C\",\"D\",\"E\",\"F\",\"G\",\"H\",\"I\",\"J\",\"K\",\"L\",\"M\",\"N\",\"O\",\"P\",\"Q\",\"R\",\"S\",\"T\",\"U\"]", 40)]
    [InlineData("symbolStatus=TRADING", 40)]
    [InlineData("", 40)]
    public void ExecutionRules_WeighsAsDocumented(string query, int weight)
    {
        // rest-api.md "Query Execution Rules": symbol 2; symbols 2 for each symbol, capped at a max of 40; symbolStatus 40; none 40.
        BinanceEndpoints.TryFind("GET", "/api/v3/executionRules", out var endpoint).ShouldBeTrue();
        endpoint.WeightFor(query).ShouldBe(weight);
    }
}
