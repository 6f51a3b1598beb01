namespace BinanceErrors.Tests;

public sealed class BinanceEndpointsTests
{
    [Fact]
    public void Table_HasOneEntryPerMethodAndPath()
    {
        BinanceEndpoints.All.Count.ShouldBeGreaterThan(80);
        BinanceEndpoints.All.Select(e => (e.Method, e.Path)).Distinct().Count().ShouldBe(BinanceEndpoints.All.Count);
    }

    // Spot depth, from the Spot API's "Order book" page: limit 1-100 → 5, 101-500 → 25, 501-1000 → 50, 1001-5000 → 250.
    [Theory]
    [InlineData(null, 5)]
    [InlineData("", 5)]
    [InlineData("?symbol=BTCUSDT", 5)]
    [InlineData("symbol=BTCUSDT&limit=100", 5)]
    [InlineData("symbol=BTCUSDT&limit=101", 25)]
    [InlineData("?symbol=BTCUSDT&limit=500", 25)]
    [InlineData("limit=1000&symbol=BTCUSDT", 50)]
    [InlineData("symbol=BTCUSDT&limit=5000", 250)]
    public void SpotDepth_WeightFollowsTheLimit(string? query, int expected)
    {
        BinanceEndpoints.TryFind("GET", "/api/v3/depth", out var depth).ShouldBeTrue();

        depth.WeightFor(query).ShouldBe(expected);
        depth.Weight.ShouldBe(5);
    }

    [Theory]
    [InlineData("GET", "/api/v3/openOrders", "symbol=BTCUSDT", 6)]
    [InlineData("GET", "/api/v3/openOrders", "", 80)]
    [InlineData("GET", "/api/v3/openOrders", "symbol=", 6)]
    [InlineData("GET", "/api/v3/ticker/price", "symbols=%5B%22BTCUSDT%22%5D", 4)]
    [InlineData("GET", "/fapi/v1/openOrders", "symbol=BTCUSDT", 1)]
    [InlineData("GET", "/fapi/v1/openOrders", "", 40)]
    [InlineData("POST", "/api/v3/order", "symbol=BTCUSDT", 1)]
    public void WeightWithoutSymbol_IsTheAllSymbolsWeight(string method, string path, string query, int expected)
    {
        BinanceEndpoints.TryFind(method, path, out var endpoint).ShouldBeTrue();

        endpoint.WeightFor(query).ShouldBe(expected);
    }

    [Fact]
    public void TryFind_UnknownEndpoint_IsFalse()
    {
        BinanceEndpoints.TryFind("GET", "/api/v3/nope", out var endpoint).ShouldBeFalse();
        endpoint.ShouldBeNull();
        BinanceEndpoints.TryFind("get", "/api/v3/depth", out _).ShouldBeFalse();
    }
}
