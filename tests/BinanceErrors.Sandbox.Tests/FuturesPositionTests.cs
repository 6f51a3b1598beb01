using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// Positions as <c>/fapi/v2/positionRisk</c> and <c>/fapi/v3/positionRisk</c> print them: an averaged entry price
/// rounded to 8 decimals as the exchange prints it (never a quotient's 28 digits), and a break-even price that
/// includes the commission paid to open the position (the exchange's samples: entryPrice 0.385, breakEvenPrice
/// 0.385077 with a 0.02 % fee).
/// </summary>
public sealed class FuturesPositionTests
{
    private static Task<SandboxServer> StartAsync() => SandboxServer.StartAsync(new SandboxOptions
    {
        Venue = SandboxVenue.UsdM,
        MarkPrices = new Dictionary<string, decimal> { ["BTCUSDT"] = 95000m },
    });

    [Fact]
    public async Task BreakEvenPrice_IncludesTheOpeningCommission_ForLongsAndShorts()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        // Long 0.01 at the best ask 95047.5, taker 0.05 %: 0.4752375 paid, 47.52375 a contract above the entry.
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01")).Status.ShouldBe(200);
        var risk = (await client.SignedAsync(HttpMethod.Get, "/fapi/v3/positionRisk", "symbol=BTCUSDT")).Json[0];
        risk.GetProperty("entryPrice").GetString().ShouldBe("95047.5");
        risk.GetProperty("breakEvenPrice").GetString().ShouldBe("95095.02375");

        // Half closed: the other half keeps its share of the commission, so the break-even price stays.
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.005&reduceOnly=true")).Status.ShouldBe(200);
        (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/positionRisk", "symbol=BTCUSDT")).Json[0].GetProperty("breakEvenPrice").GetString().ShouldBe("95095.02375");

        // Flipped to a short 0.01 at the best bid 94952.5: the break-even price is below the entry by its own commission.
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.015")).Status.ShouldBe(200);
        var shortRisk = (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/positionRisk", "symbol=BTCUSDT")).Json[0];
        shortRisk.GetProperty("positionAmt").GetString().ShouldBe("-0.01");
        shortRisk.GetProperty("entryPrice").GetString().ShouldBe("94952.5");
        shortRisk.GetProperty("breakEvenPrice").GetString().ShouldBe("94905.02375", "94952.5 × (1 − 0.0005)");

        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01&reduceOnly=true")).Status.ShouldBe(200);
        var flat = (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/positionRisk", "symbol=BTCUSDT")).Json[0];
        flat.GetProperty("entryPrice").GetString().ShouldBe("0.0");
        flat.GetProperty("breakEvenPrice").GetString().ShouldBe("0.0");
    }

    [Fact]
    public async Task AnAveragedEntryPrice_IsRoundedTo8Decimals_NotPrintedWith28Digits()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.002")).Status.ShouldBe(200);
        server.SetMarkPrice("BTCUSDT", 95001m); // the best ask moves to 95048.5

        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.004")).Status.ShouldBe(200);

        // (0.002 × 95047.5 + 0.004 × 95048.5) / 0.006 = 95048.1666…
        var risk = (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/positionRisk", "symbol=BTCUSDT")).Json[0];
        risk.GetProperty("entryPrice").GetString().ShouldBe("95048.16666667");
        risk.GetProperty("breakEvenPrice").GetString()!.Split('.')[1].Length.ShouldBeLessThanOrEqualTo(8);
        var account = (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/account", "")).Json.GetProperty("positions").EnumerateArray()
            .Single(p => p.GetProperty("symbol").GetString() == "BTCUSDT");
        account.GetProperty("entryPrice").GetString().ShouldBe("95048.16666667");
    }
}
