using BinanceErrors.Preflight;
using System.Text.Json.Nodes;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>Set-up refused at start-up, admin values range-checked, typed parameters, and the order-count race.</summary>
public sealed class SandboxHardeningTests
{
    [Theory]
    [InlineData(0, 6000, "has intervalNum 0; a window must span at least 1 MINUTE.")]
    [InlineData(1, 0, "has limit 0; a limit must be at least 1.")]
    public async Task BadRateLimits_AreRefusedAtStartUp_WithTheReason(int intervalNum, int limit, string reason)
    {
        var options = new SandboxOptions { RateLimits = [new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Minute, intervalNum, limit)] };

        var error = await Should.ThrowAsync<ArgumentException>(() => SandboxServer.StartAsync(options));

        error.Message.ShouldContain("rateLimits[0]");
        error.Message.ShouldContain(reason);
    }

    [Theory]
    [InlineData("""{"offsetMs":9223372036854775807}""", "offsetMs must be from")]
    [InlineData("""{"shiftMs":-9223372036854775808}""", "shiftMs must be from")]
    public async Task ClockOutOfRange_Is400_AndTheApiKeepsWorking(string body, string reason)
    {
        await using var server = await SandboxServer.StartAsync();
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        using var client = SandboxClient.Hmac(server);

        using var response = await admin.PostAsync("/sandbox/clock", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).ShouldBe(400);
        (await response.Content.ReadAsStringAsync()).ShouldContain(reason);
        (await client.PublicAsync(HttpMethod.Get, "/api/v3/time")).Status.ShouldBe(200);
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/account", string.Empty)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task RepeatedClockShiftFaults_StopAtTheRange_NeverOverflow()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);
        server.AddFault(new FaultRule { Path = "/api/v3/time", ClockShiftMs = 300_000_000_000 });

        for (var i = 0; i < 40; i++)
        {
            (await client.PublicAsync(HttpMethod.Get, "/api/v3/time")).Status.ShouldBe(200);
        }

        server.ClockOffsetMs.ShouldBeLessThanOrEqualTo(315_576_000_000);
    }

    [Theory]
    [InlineData("""{"count":-1,"status":503}""", "count must be 0 or more")]
    [InlineData("""{"delayMs":-5}""", "delayMs must be from 0 to 600000")]
    [InlineData("""{"banSeconds":-10}""", "banSeconds must be from 1 to 86400")]
    [InlineData("""{"clockShiftMs":9223372036854775807}""", "clockShiftMs must be from")]
    [InlineData("""{"status":503,"code":2147483647}""", "code must be an error code")]
    public async Task AdminFaultValuesOutOfRange_Are400WithTheReason(string rule, string reason)
    {
        await using var server = await SandboxServer.StartAsync();
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await admin.PostAsync("/sandbox/faults", new StringContent(rule, System.Text.Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).ShouldBe(400);
        (await response.Content.ReadAsStringAsync()).ShouldContain(reason);
        server.Faults.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/v3/allOrders", "orderId", "abc")]
    [InlineData("/api/v3/allOrders", "startTime", "abc")]
    [InlineData("/api/v3/allOrders", "endTime", "-5")]
    [InlineData("/api/v3/myTrades", "fromId", "1.5")]
    [InlineData("/api/v3/myTrades", "startTime", "99999999999999999999999")]
    public async Task LongParameters_ThatAreNotLongs_Are1100(string path, string name, string value)
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var response = await client.SignedAsync(HttpMethod.Get, path, SandboxClient.Query(("symbol", "BTCUSDT"), (name, value)));

        response.Status.ShouldBe(400);
        response.Code.ShouldBe(-1100);
        response.Msg.ShouldBe($"Illegal characters found in parameter '{name}'; legal range is '^[0-9]{{1,20}}$'.");
    }

    [Fact]
    public async Task StrategyIdThatIsNotALong_Is1100_AndNothingIsPlaced()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var response = await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("strategyId", "abc"));

        response.Code.ShouldBe(-1100);
        server.AcceptedOrders().ShouldBeEmpty();
    }

    [Fact]
    public async Task AllOrders_AppliesStartAndEndTime_AndChecksTheRange()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);
        var first = client.Now;
        (await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("newClientOrderId", "early"))).Status.ShouldBe(200);

        // An hour later on the server's clock (and the client's, so timestamps stay inside recvWindow).
        server.ShiftClock(3_600_000);
        client.ClockOffsetMs = 3_600_000;
        (await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("newClientOrderId", "late"))).Status.ShouldBe(200);
        var late = client.Now;
        first -= 1000;

        var lateOnly = await client.SignedAsync(HttpMethod.Get, "/api/v3/allOrders", SandboxClient.Query(("symbol", "BTCUSDT"), ("startTime", (first + 1_800_000).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var earlyOnly = await client.SignedAsync(HttpMethod.Get, "/api/v3/allOrders", SandboxClient.Query(("symbol", "BTCUSDT"), ("endTime", (late - 1_800_000).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var tooLong = await client.SignedAsync(HttpMethod.Get, "/api/v3/allOrders", SandboxClient.Query(("symbol", "BTCUSDT"), ("startTime", "0"), ("endTime", late.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var backwards = await client.SignedAsync(HttpMethod.Get, "/api/v3/allOrders", SandboxClient.Query(("symbol", "BTCUSDT"), ("startTime", late.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("endTime", first.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        lateOnly.Json.EnumerateArray().Select(o => o.GetProperty("clientOrderId").GetString()).ShouldBe(["late"]);
        earlyOnly.Json.EnumerateArray().Select(o => o.GetProperty("clientOrderId").GetString()).ShouldBe(["early"]);
        tooLong.Code.ShouldBe(-1127);
        tooLong.Msg.ShouldBe("More than 24 hours between startTime and endTime.");
        backwards.Code.ShouldBe(-1128);
    }

    [Theory]
    [InlineData("cancelRestrictions", "SOMETIMES", -1145)]
    [InlineData("orderRateLimitExceededMode", "PANIC", -1130)]
    public async Task CancelReplace_BogusEnums_AreRejected(string name, string value, int code)
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);
        (await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("newClientOrderId", "old"))).Status.ShouldBe(200);

        var response = await client.SignedAsync(HttpMethod.Post, "/api/v3/order/cancelReplace", SandboxClient.Query(
            ("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29001"), ("quantity", "0.001"),
            ("cancelReplaceMode", "STOP_ON_FAILURE"), ("cancelOrigClientOrderId", "old"), (name, value)));

        response.Status.ShouldBe(400);
        response.Code.ShouldBe(code);
        server.AcceptedOrders().Count.ShouldBe(1, "nothing was cancelled or placed");
    }

    [Fact]
    public async Task SixtyConcurrentPlacements_AgainstMaxNumOrders5_LeaveExactly5Resting()
    {
        var json = JsonNode.Parse(SandboxServer.DefaultExchangeInfoJson())!;
        var btc = json["symbols"]!.AsArray().Single(s => s!["symbol"]!.GetValue<string>() == "BTCUSDT")!;
        var filters = btc["filters"]!.AsArray();
        filters.Single(f => f!["filterType"]!.GetValue<string>() == "MAX_NUM_ORDERS")!["maxNumOrders"] = 5;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { ExchangeInfoJson = json.ToJsonString(), RateLimits = SandboxLimitTests.Limits(100_000, 10_000) });

        var results = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            using var client = SandboxClient.Hmac(server);
            return await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("newClientOrderId", $"race-{i}"));
        }));

        results.Count(r => r.Status == 200).ShouldBe(5);
        results.Where(r => r.Status != 200).ShouldAllBe(r => r.Code == -1013 && r.Msg == "Filter failure: MAX_NUM_ORDERS");
        server.AcceptedOrders().Count.ShouldBe(5);
    }

    [Fact]
    public async Task HugePriceTimesQuantity_OnASymbolWithoutPriceAndLotFilters_IsRejectedNot500()
    {
        var json = JsonNode.Parse(SandboxServer.DefaultExchangeInfoJson())!;
        var btc = json["symbols"]!.AsArray().Single(s => s!["symbol"]!.GetValue<string>() == "BTCUSDT")!;
        var kept = btc["filters"]!.AsArray().Where(f => f!["filterType"]!.GetValue<string>() is not ("PRICE_FILTER" or "LOT_SIZE" or "NOTIONAL" or "MIN_NOTIONAL" or "PERCENT_PRICE_BY_SIDE" or "PERCENT_PRICE")).Select(f => f!.DeepClone()).ToArray();
        btc["filters"] = new JsonArray(kept);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { ExchangeInfoJson = json.ToJsonString() });
        using var client = SandboxClient.Hmac(server);

        var response = await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "99999999999999999999"), ("quantity", "99999999999999999999"));

        response.Status.ShouldBe(400, response.Body);
        response.Code.ShouldBe(-2010);
        response.Msg.ShouldBe("Account has insufficient balance for requested action.");
    }
}
