using BinanceErrors.Http.Internal;

namespace BinanceErrors.Http.Tests;

/// <summary>The client estimates from the shared <see cref="BinanceEndpoints"/> table, parameters included.</summary>
public sealed class EndpointTableTests
{
    [Theory]
    [InlineData("/api/v3/depth", "?symbol=BTCUSDT&limit=500", 25)]
    [InlineData("/api/v3/depth", "?symbol=BTCUSDT", 5)]
    [InlineData("/api/v3/openOrders", "?timestamp=1&signature=ab", 80)]
    [InlineData("/api/v3/openOrders", "?symbol=BTCUSDT&timestamp=1", 6)]
    [InlineData("/api/v3/openOrders", null, 6)]
    public void Find_UsesTheSharedTablesWeightForTheQuery(string path, string? query, int expected)
    {
        BinanceEndpoints.TryFind("GET", path, out var shared).ShouldBeTrue();

        var info = EndpointTable.Find(HttpMethod.Get, path, query);

        info.Weight.ShouldBe(expected);
        info.Weight.ShouldBe(query is null ? shared.Weight : shared.WeightFor(query));
        (info.Signed, info.Intent).ShouldBe((shared.Signed, shared.Intent));
    }
}
