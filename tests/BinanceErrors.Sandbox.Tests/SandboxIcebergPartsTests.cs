using System.Text.Json.Nodes;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// ICEBERG_PARTS is read from each symbol, never a constant: the exchange raised it from 10 to 25, 50 and 100
/// (CHANGELOG 2026-01-27 and 2026-02-24), and symbols and old documents differ.
/// </summary>
public sealed class SandboxIcebergPartsTests
{
    private static (string, string)[] Iceberg(string symbol, string price, string quantity, string icebergQty) =>
        [("symbol", symbol), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", price), ("quantity", quantity), ("icebergQty", icebergQty)];

    [Theory]
    [InlineData("BTCUSDT", "29000", "0.1", "0.001", 200)]   // 100 parts: the default document's limit for BTCUSDT
    [InlineData("BTCUSDT", "29000", "0.1", "0.00099", 400)] // 102 parts
    [InlineData("ETHBTC", "0.04", "1", "0.1", 200)]          // 10 parts: ETHBTC's limit is 10
    [InlineData("ETHBTC", "0.04", "1", "0.0909", 400)]       // 11 parts
    public async Task EachSymbolsOwnLimit_Applies(string symbol, string price, string quantity, string icebergQty, int status)
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var answer = await client.SignedAsync(HttpMethod.Post, "/api/v3/order/test", SandboxClient.Query(Iceberg(symbol, price, quantity, icebergQty)));

        answer.Status.ShouldBe(status, answer.Body);
        if (status == 400)
        {
            answer.Msg.ShouldBe("Filter failure: ICEBERG_PARTS");
        }
    }

    [Fact]
    public async Task ADocumentWithAnotherLimit_IsEnforcedAtThatLimit()
    {
        var info = JsonNode.Parse(SandboxServer.DefaultExchangeInfoJson())!;
        var btc = info["symbols"]!.AsArray().Single(s => s!["symbol"]!.GetValue<string>() == "BTCUSDT")!;
        btc["filters"]!.AsArray().Single(f => f!["filterType"]!.GetValue<string>() == "ICEBERG_PARTS")!["limit"] = 50;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { ExchangeInfoJson = info.ToJsonString() });
        using var client = SandboxClient.Hmac(server);

        (await client.SignedAsync(HttpMethod.Post, "/api/v3/order/test", SandboxClient.Query(Iceberg("BTCUSDT", "29000", "0.1", "0.002")))).Status.ShouldBe(200);
        var refused = await client.SignedAsync(HttpMethod.Post, "/api/v3/order/test", SandboxClient.Query(Iceberg("BTCUSDT", "29000", "0.1", "0.00199")));
        refused.Msg.ShouldBe("Filter failure: ICEBERG_PARTS");
    }
}
