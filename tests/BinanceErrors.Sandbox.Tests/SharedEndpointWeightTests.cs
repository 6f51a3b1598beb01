using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// The sandbox charges the weights of the shared <see cref="BinanceEndpoints"/> table, the one the HTTP client
/// estimates from, including the weights that depend on parameters (where the two used to disagree).
/// </summary>
public sealed class SharedEndpointWeightTests
{
    // A window start, so every case owns a whole minute.
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    // Expected weights from the Spot API's endpoint pages: depth "limit 1-100: 5, 101-500: 25, 501-1000: 50,
    // 1001-5000: 250"; ticker/price "2 for a single symbol, 4 when the symbol parameter is omitted"; openOrders
    // "6 for a single symbol, 80 when the symbol parameter is omitted".
    [Theory]
    [InlineData("/api/v3/depth", "symbol=BTCUSDT", false, 5)]
    [InlineData("/api/v3/depth", "symbol=BTCUSDT&limit=100", false, 5)]
    [InlineData("/api/v3/depth", "symbol=BTCUSDT&limit=500", false, 25)]
    [InlineData("/api/v3/depth", "symbol=BTCUSDT&limit=1000", false, 50)]
    [InlineData("/api/v3/depth", "symbol=BTCUSDT&limit=5000", false, 250)]
    [InlineData("/api/v3/ticker/price", "symbol=BTCUSDT", false, 2)]
    [InlineData("/api/v3/ticker/price", "", false, 4)]
    [InlineData("/api/v3/ticker/bookTicker", "", false, 4)]
    [InlineData("/api/v3/openOrders", "symbol=BTCUSDT", true, 6)]
    [InlineData("/api/v3/openOrders", "", true, 80)]
    public async Task Sandbox_ChargesTheSharedTablesWeight(string path, string query, bool signed, int documented)
    {
        BinanceEndpoints.TryFind("GET", path, out var endpoint).ShouldBeTrue();
        endpoint.WeightFor(query).ShouldBe(documented);

        var clock = new ManualTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock });
        using var client = SandboxClient.Hmac(server);
        var response = signed
            ? await client.SignedAsync(HttpMethod.Get, path, query)
            : await client.PublicAsync(HttpMethod.Get, path, query);

        response.Status.ShouldBe(200);
        response.Header("X-MBX-USED-WEIGHT-1M").ShouldBe(documented.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EveryEndpointTheSandboxServes_IsInTheSharedTable()
    {
        // The sandbox refuses to start with an endpoint the table lacks; starting it is the check. This lists the
        // Spot endpoints the client and the sandbox both need, so a removal from the table fails here by name.
        string[] served =
        [
            "GET /api/v3/ping", "GET /api/v3/time", "GET /api/v3/exchangeInfo", "GET /api/v3/depth", "GET /api/v3/ticker/price",
            "GET /api/v3/ticker/bookTicker", "GET /api/v3/avgPrice", "POST /api/v3/order", "POST /api/v3/order/test",
            "GET /api/v3/order", "DELETE /api/v3/order", "GET /api/v3/openOrders", "DELETE /api/v3/openOrders",
            "GET /api/v3/allOrders", "GET /api/v3/account", "GET /api/v3/myTrades", "GET /api/v3/rateLimit/order",
            "POST /api/v3/order/cancelReplace",
        ];

        var table = BinanceEndpoints.All.Select(e => e.ToString()).ToHashSet();
        served.Where(e => !table.Contains(e)).ShouldBeEmpty();
    }
}
