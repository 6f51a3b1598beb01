using System.Net.Http.Json;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>Each fault kind, through the programmatic API and the <c>/sandbox/</c> admin API.</summary>
public sealed class SandboxFaultTests : IAsyncLifetime
{
    private SandboxServer _server = null!;
    private SandboxClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync();
        _client = SandboxClient.Hmac(_server);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private Task<SandboxClient.Response> PlaceLimit(string clientOrderId) =>
        _client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("newClientOrderId", clientOrderId));

    [Fact]
    public async Task ErrorBeforeExecution_NothingIsPlaced_DefaultMessageFromTheCatalog()
    {
        _server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Status = 503, Code = -1008 });

        var response = await PlaceLimit("before-1");

        response.Status.ShouldBe(503);
        response.Code.ShouldBe(-1008);
        response.Msg.ShouldBe("Server is currently overloaded with other requests. Please try again in a few minutes.");
        _server.AcceptedOrders().ShouldBeEmpty();
        (await PlaceLimit("before-2")).Status.ShouldBe(200, "count 1: the rule fired once");
    }

    [Fact]
    public async Task Minus1007AfterExecution_TheOrderExists()
    {
        _server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = 500, Code = -1007 });

        var response = await PlaceLimit("after-1");

        response.Status.ShouldBe(500);
        response.Msg.ShouldBe("Timeout waiting for response from backend server. Send status unknown; execution status unknown.");
        _server.AcceptedOrders().Select(o => o.ClientOrderId).ShouldBe(["after-1"]);
        var query = await _client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=after-1");
        query.Status.ShouldBe(200);
    }

    [Fact]
    public async Task Html502AfterExecution_LooksLikeTheCdn()
    {
        _server.AddFault(new FaultRule { Path = "/api/v3/order", Timing = FaultTiming.AfterExecution, Count = 1, Status = 502 });

        var response = await PlaceLimit("html-1");

        response.Status.ShouldBe(502);
        response.Body.ShouldContain("<title>502 Bad Gateway</title>");
        response.ContentType!.MediaType.ShouldBe("text/html");
        _server.AcceptedOrders().Count.ShouldBe(1);
    }

    [Fact]
    public async Task AbortAfterExecution_DropsTheConnection_TheOrderExists()
    {
        _server.AddFault(new FaultRule { Path = "/api/v3/order", Timing = FaultTiming.AfterExecution, Count = 1, Abort = true });

        await Should.ThrowAsync<HttpRequestException>(() => PlaceLimit("abort-1"));

        _server.AcceptedOrders().Select(o => o.ClientOrderId).ShouldBe(["abort-1"]);
    }

    [Fact]
    public async Task Delay_HoldsTheAnswer()
    {
        _server.AddFault(new FaultRule { Path = "/api/v3/ping", Count = 1, DelayMs = 300 });

        var watch = System.Diagnostics.Stopwatch.StartNew();
        (await _client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(200);

        watch.ElapsedMilliseconds.ShouldBeGreaterThanOrEqualTo(290);
    }

    [Fact]
    public async Task ClockShift_MakesSignedRequestsFailWithMinus1021()
    {
        _server.AddFault(new FaultRule { Path = "/api/v3/time", Count = 1, ClockShiftMs = 3_600_000 });
        var time = await _client.PublicAsync(HttpMethod.Get, "/api/v3/time");
        time.Json.GetProperty("serverTime").GetInt64().ShouldBeGreaterThan(_client.Now + 3_590_000);

        var account = await _client.SignedAsync(HttpMethod.Get, "/api/v3/account", "");
        account.Code.ShouldBe(-1021);
        account.Msg.ShouldBe("Timestamp for this request is outside of the recvWindow.");

        _client.ClockOffsetMs = _server.ClockOffsetMs;
        (await _client.SignedAsync(HttpMethod.Get, "/api/v3/account", "")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Ban_Answers418UntilItEnds()
    {
        _server.AddFault(new FaultRule { Path = "/api/v3/ping", Count = 1, BanSeconds = 30 });

        var banned = await _client.PublicAsync(HttpMethod.Get, "/api/v3/ping");
        banned.Status.ShouldBe(418);
        banned.Header("Retry-After").ShouldBe("30");
        banned.Msg.ShouldStartWith("Way too much request weight used; IP banned until ");
        (await _client.PublicAsync(HttpMethod.Get, "/api/v3/time")).Status.ShouldBe(418, "a ban stops every endpoint");
    }

    [Fact]
    public async Task SymbolAndProbability_SelectRequests_Deterministically()
    {
        _server.AddFault(new FaultRule { Path = "/api/v3/depth", Symbol = "ETHUSDT", Status = 503, Code = -1001 });
        (await _client.PublicAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT")).Status.ShouldBe(200);
        (await _client.PublicAsync(HttpMethod.Get, "/api/v3/depth", "symbol=ETHUSDT")).Status.ShouldBe(503);
        _server.ClearFaults();

        async Task<int[]> Run(int seed)
        {
            _server.ClearFaults();
            _server.AddFault(new FaultRule { Path = "/api/v3/ping", Probability = 0.5m, Seed = seed, Status = 503, Code = -1001 });
            var statuses = new int[40];
            for (var i = 0; i < statuses.Length; i++)
            {
                statuses[i] = (await _client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Status;
            }

            return statuses;
        }

        var first = await Run(7);
        var again = await Run(7);
        again.ShouldBe(first);
        first.Count(s => s == 503).ShouldBeInRange(8, 32);
    }

    [Fact]
    public async Task AdminApi_AddListClearAndOrders()
    {
        using var http = new HttpClient { BaseAddress = _server.BaseAddress };

        var added = await http.PostAsync("/sandbox/faults", new StringContent("""{"method":"POST","path":"/api/v3/order","count":2,"timing":"afterExecution","status":503,"code":-1006}""", System.Text.Encoding.UTF8, "application/json"));
        added.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        var rule = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement;
        rule.GetProperty("id").GetInt32().ShouldBeGreaterThan(0);

        (await PlaceLimit("admin-1")).Code.ShouldBe(-1006);
        var list = await http.GetFromJsonAsync<JsonElement>("/sandbox/faults");
        list[0].GetProperty("hits").GetInt32().ShouldBe(1);
        list[0].GetProperty("timing").GetString().ShouldBe("afterExecution");

        var orders = await http.GetFromJsonAsync<JsonElement>("/sandbox/orders");
        orders.GetArrayLength().ShouldBe(1);
        orders[0].GetProperty("clientOrderId").GetString().ShouldBe("admin-1");

        (await http.DeleteAsync("/sandbox/faults")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent);
        (await http.GetFromJsonAsync<JsonElement>("/sandbox/faults")).GetArrayLength().ShouldBe(0);

        var bad = await http.PostAsync("/sandbox/faults", new StringContent("""{"status":99}""", System.Text.Encoding.UTF8, "application/json"));
        bad.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("status must be an HTTP status");

        var clock = await http.PostAsync("/sandbox/clock", new StringContent("""{"offsetMs":-7200000}""", System.Text.Encoding.UTF8, "application/json"));
        JsonDocument.Parse(await clock.Content.ReadAsStringAsync()).RootElement.GetProperty("offsetMs").GetInt64().ShouldBe(-7_200_000);
        _server.ClockOffsetMs.ShouldBe(-7_200_000);
    }
}
