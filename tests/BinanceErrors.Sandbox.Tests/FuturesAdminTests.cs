using System.Text;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// The USDⓈ-M admin API takes only values a market could have: a mark price outside the symbol's PRICE_FILTER, zero,
/// negative, huge or not a number is answered 400 with a JSON reason and changes nothing (no mark 0, no emptied book).
/// </summary>
public sealed class FuturesAdminTests
{
    private static Task<SandboxServer> StartAsync(SandboxOptions? options = null) =>
        SandboxServer.StartAsync((options ?? new SandboxOptions()) with { Venue = SandboxVenue.UsdM });

    [Theory]
    [InlineData("1e-10")]
    [InlineData("0.0000000001")]
    [InlineData("7.9e27")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-1")]
    [InlineData("-0")]
    [InlineData("0")]
    [InlineData("0.04")] // rounds to 0 on the 0.10 tick
    [InlineData("261.0")] // below BTCUSDT's minPrice 261.10
    [InlineData("809484.1")] // above its maxPrice 809484
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"abc\"")]
    [InlineData("1e400")]
    [InlineData("null")]
    [InlineData("true")]
    public async Task MarkPriceOutOfRange_Is400WithAReason_AndChangesNothing(string value)
    {
        await using var server = await StartAsync();
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        var before = server.MarkPrice("BTCUSDT");
        var depthBefore = await DepthAsync(admin);

        using var response = await admin.PostAsync("/sandbox/markPrice", Json($$"""{"symbol":"BTCUSDT","markPrice":{{value}}}"""));

        ((int)response.StatusCode).ShouldBe(400);
        var body = await response.Content.ReadAsStringAsync();
        using var error = JsonDocument.Parse(body);
        error.RootElement.GetProperty("error").GetString().ShouldNotBeNullOrWhiteSpace(body);
        server.MarkPrice("BTCUSDT").ShouldBe(before);
        (await DepthAsync(admin)).ShouldBe(depthBefore, "the house liquidity is untouched");
    }

    [Fact]
    public async Task MarkPriceOutOfRange_NamesTheBounds()
    {
        await using var server = await StartAsync();
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await admin.PostAsync("/sandbox/markPrice", Json("""{"symbol":"BTCUSDT","markPrice":1e-10}"""));

        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"error":"markPrice for BTCUSDT must be from 261.10 to 809484 (its PRICE_FILTER), not 0.0000000001."}""");
    }

    [Theory]
    [InlineData("""{"markPrice":95000}""")]
    [InlineData("""{"symbol":"NOPE","markPrice":95000}""")]
    [InlineData("""{"symbol":"BTCUSDT"}""")]
    [InlineData("""{"symbol":7,"markPrice":95000}""")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("{")]
    public async Task MarkPriceBodyWithoutASymbolOrPrice_Is400(string body)
    {
        await using var server = await StartAsync();
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        var before = server.MarkPrice("BTCUSDT");

        using var response = await admin.PostAsync("/sandbox/markPrice", Json(body));

        ((int)response.StatusCode).ShouldBe(400);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString().ShouldNotBeNullOrWhiteSpace();
        server.MarkPrice("BTCUSDT").ShouldBe(before);
    }

    [Theory]
    [InlineData("261.10", "261.10")]
    [InlineData("809484", "809484")]
    [InlineData("\"95000.04\"", "95000.0")]
    public async Task MarkPriceInRange_IsSetOnTheTick_AndTheHouseFollows(string value, string expected)
    {
        await using var server = await StartAsync();
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await admin.PostAsync("/sandbox/markPrice", Json($$"""{"symbol":"BTCUSDT","markPrice":{{value}}}"""));

        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync());
        server.MarkPrice("BTCUSDT").ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        var (bids, asks) = await DepthAsync(admin);
        bids.ShouldNotBe("[]");
        asks.ShouldNotBe("[]");
    }

    [Fact]
    public async Task SetMarkPrice_OutOfRange_ThrowsAndChangesNothing()
    {
        await using var server = await StartAsync();
        var before = server.MarkPrice("BTCUSDT");

        Should.Throw<ArgumentOutOfRangeException>(() => server.SetMarkPrice("BTCUSDT", 0.0000000001m));
        Should.Throw<ArgumentOutOfRangeException>(() => server.SetMarkPrice("BTCUSDT", decimal.MaxValue));
        Should.Throw<ArgumentException>(() => server.SetMarkPrice("NOPE", 95000m));
        server.MarkPrice("BTCUSDT").ShouldBe(before);
    }

    [Fact]
    public async Task StartingMarkPricesAndWalk_AreRangeCheckedAtStart()
    {
        (await Should.ThrowAsync<ArgumentOutOfRangeException>(() => StartAsync(new SandboxOptions { MarkPrices = new Dictionary<string, decimal> { ["BTCUSDT"] = 0.0000000001m } })))
            .Message.ShouldContain("markPrice for BTCUSDT must be from 261.10 to 809484");
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => StartAsync(new SandboxOptions { MarkPriceWalk = new FuturesMarkWalk(1, IntervalMs: 0) }));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => StartAsync(new SandboxOptions { MarkPriceWalk = new FuturesMarkWalk(1, Step: 1m) }));
    }

    [Fact]
    public async Task MarkPriceWalk_StaysWithinThePriceFilter()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
        await using var server = await StartAsync(new SandboxOptions { TimeProvider = clock, MarkPriceWalk = new FuturesMarkWalk(3, Step: 0.5m) });
        server.SetMarkPrice("BTCUSDT", 261.10m);

        for (var i = 0; i < 50; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            server.MarkPrice("BTCUSDT").ShouldBeInRange(261.10m, 809484m);
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<(string Bids, string Asks)> DepthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/fapi/v1/depth?symbol=BTCUSDT&limit=5");
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);

        // The depth without its timestamps: the book's levels only.
        return (doc.RootElement.GetProperty("bids").GetRawText(), doc.RootElement.GetProperty("asks").GetRawText());
    }
}
