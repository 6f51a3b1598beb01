using System.Net.Http.Json;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>The <c>delayedExecution</c> fault timing: answer now, execute later on the sandbox clock, or drop past timestamp + recvWindow.</summary>
public sealed class SandboxDelayedExecutionTests
{
    [Fact]
    public async Task AdminJson_HeldBackOrderIsInvisible_ThenExecutesOnTheSandboxClock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = time });
        using var client = SandboxClient.Hmac(server);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var added = await http.PostAsync("/sandbox/faults", new StringContent("""{"method":"POST","path":"/api/v3/order","count":1,"timing":"delayedExecution","executeAfterMs":2500,"status":503,"code":-1007}""", System.Text.Encoding.UTF8, "application/json"));
        added.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("timing").GetString().ShouldBe("delayedExecution");

        var answer = await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("newClientOrderId", "held"), ("recvWindow", "5000"));

        answer.Status.ShouldBe(503);
        answer.Code.ShouldBe(-1007);
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=held")).Code.ShouldBe(-2013, "held back: invisible to queries");
        time.Advance(TimeSpan.FromMilliseconds(2499));
        server.AcceptedOrders().ShouldBeEmpty();
        time.Advance(TimeSpan.FromMilliseconds(1));
        server.AcceptedOrders().ShouldHaveSingleItem().ClientOrderId.ShouldBe("held");
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=held")).Status.ShouldBe(200);
        (await http.GetFromJsonAsync<JsonElement>("/sandbox/delayed")).GetProperty("executed").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task PastTimestampPlusRecvWindow_TheHeldBackOrderIsDropped()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = time });
        using var client = SandboxClient.Hmac(server);
        server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 1001, Abort = true });

        await Should.ThrowAsync<HttpRequestException>(() => client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "MARKET"), ("quantity", "0.001"), ("newClientOrderId", "late"), ("recvWindow", "1000")));
        time.Advance(TimeSpan.FromMilliseconds(1001));

        server.AcceptedOrders().ShouldBeEmpty();
        server.DelayedExecutions.ShouldBe(new DelayedExecutionCounts(0, 0, 1, 0));
    }

    [Theory]
    [InlineData("""{"timing":"delayedExecution","status":503}""")]
    [InlineData("""{"timing":"delayedExecution","executeAfterMs":100}""")]
    [InlineData("""{"timing":"delayedExecution","executeAfterMs":-1,"abort":true}""")]
    public async Task AdminJson_IncompleteDelayedExecutionRules_AreRefusedWithTheReason(string rule)
    {
        await using var server = await SandboxServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var response = await http.PostAsync("/sandbox/faults", new StringContent(rule, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!.ShouldContain("delayedExecution");
    }
}
