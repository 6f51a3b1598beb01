using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// The WebSocket API's connection admission limit (Spot: 300 connection attempts per IP every 5 minutes), counted on
/// the sandbox's clock: an attempt over it is refused before the upgrade with HTTP 429 and -1003, costs no weight, and
/// the admin counts say how many handshakes were accepted and refused.
/// </summary>
public sealed class WebSocketAdmissionTests
{
    // 10 seconds into a 5-minute window (windows are aligned to the UTC clock, as the exchange counts).
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 12, 0, 10, TimeSpan.Zero);

    [Fact]
    public async Task AttemptsOverTheLimit_AreRefusedWith429BeforeTheUpgrade_UntilTheWindowEnds()
    {
        var time = new FakeTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = time, WebSocketConnectionAttempts = 3 });

        // Attempts are counted, not open connections: one closed connection still used its attempt.
        await using (var closed = await WsApiClient.ConnectAsync(server))
        {
            (await closed.CallAsync("ping")).GetProperty("status").GetInt32().ShouldBe(200);
        }

        await using var second = await WsApiClient.ConnectAsync(server);
        await using var third = await WsApiClient.ConnectAsync(server);

        var refused = await HandshakeAsync(server, "/ws-api/v3");
        refused.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.RetryAfter.ShouldBe("290", "the window ends at 12:05:00, 290 seconds after 12:00:10");
        refused.Body.GetProperty("code").GetInt32().ShouldBe(-1003);
        refused.Body.GetProperty("msg").GetString().ShouldBe("Too many requests queued.");
        BinanceErrorClassifier.Classify(BinanceVenue.Spot, 429, refused.Body.GetRawText()).Kind.ShouldBe(BinanceErrorKind.RateLimited);

        // ClientWebSocket sees the same refusal as a failed handshake.
        using (var client = new ClientWebSocket())
        {
            client.Options.CollectHttpResponseDetails = true;
            await Should.ThrowAsync<WebSocketException>(() => client.ConnectAsync(server.WebSocketAddress!, CancellationToken.None));
            client.HttpStatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        }

        server.WebSocketHandshakes.ShouldBe(new WebSocketHandshakeCounts(Accepted: 3, Refused: 2));
        using var rest = SandboxClient.Hmac(server);
        (await rest.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M").ShouldBe("8", "three connects cost 2 each, the WebSocket ping and this one 1 each; refused attempts cost nothing");

        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        using (var counts = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/sandbox/ws", UriKind.Relative))))
        {
            counts.RootElement.GetProperty("handshakes").GetProperty("accepted").GetInt64().ShouldBe(3);
            counts.RootElement.GetProperty("handshakes").GetProperty("refused").GetInt64().ShouldBe(2);
        }

        // One millisecond before the window ends the limit still holds; at its end it starts again from zero.
        time.SetUtcNow(new DateTimeOffset(2026, 11, 21, 12, 4, 59, 999, TimeSpan.Zero));
        (await HandshakeAsync(server, "/ws-api/v3")).Status.ShouldBe(HttpStatusCode.TooManyRequests);
        time.SetUtcNow(new DateTimeOffset(2026, 11, 21, 12, 5, 0, TimeSpan.Zero));
        await using var next = await WsApiClient.ConnectAsync(server);
        (await next.CallAsync("ping")).GetProperty("status").GetInt32().ShouldBe(200);
        server.WebSocketHandshakes.ShouldBe(new WebSocketHandshakeCounts(Accepted: 4, Refused: 3));
    }

    [Fact]
    public async Task ABannedIp_Gets418BeforeTheAdmissionLimit_AndTheRefusalIsCounted()
    {
        var time = new FakeTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = time, WebSocketConnectionAttempts = 1 });
        await using var first = await WsApiClient.ConnectAsync(server);
        server.Ban("127.0.0.1", TimeSpan.FromMinutes(2));

        var banned = await HandshakeAsync(server, "/ws-api/v3");

        var until = Start.AddMinutes(2).ToUnixTimeMilliseconds();
        banned.Status.ShouldBe((HttpStatusCode)418);
        banned.RetryAfter.ShouldBe("120");
        banned.Body.GetProperty("code").GetInt32().ShouldBe(-1003);
        banned.Body.GetProperty("msg").GetString().ShouldBe($"Way too much request weight used; IP banned until {until}. Please use WebSocket Streams for live updates to avoid bans.");
        server.WebSocketHandshakes.ShouldBe(new WebSocketHandshakeCounts(Accepted: 1, Refused: 1));
    }

    [Fact]
    public async Task UsdM_TheSameAdmissionLimitGuardsWsFapi_AndTheHandshakeStillCosts5()
    {
        var time = new FakeTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = time, Venue = SandboxVenue.UsdM, WebSocketConnectionAttempts = 2 });
        await using var first = await WsApiClient.ConnectAsync(server, path: "/ws-fapi/v1");
        await using var second = await WsApiClient.ConnectAsync(server, path: "/ws-fapi/v1");

        var refused = await HandshakeAsync(server, "/ws-fapi/v1");

        refused.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Body.GetProperty("code").GetInt32().ShouldBe(-1003);
        BinanceErrorClassifier.Classify(BinanceVenue.UsdMFutures, 429, refused.Body.GetRawText()).Kind.ShouldBe(BinanceErrorKind.RateLimited);
        var ping = await first.CallAsync("ping");
        ping.GetProperty("rateLimits").EnumerateArray().Single(l => l.GetProperty("rateLimitType").GetString() == "REQUEST_WEIGHT")
            .GetProperty("count").GetInt32().ShouldBe(11, "two handshakes cost 5 each and the ping 1; the refused one nothing");
        server.WebSocketHandshakes.ShouldBe(new WebSocketHandshakeCounts(Accepted: 2, Refused: 1));
    }

    [Theory]
    [InlineData(0, 300)]
    [InlineData(300, 0)]
    [InlineData(300, 86_401)]
    public async Task AnAdmissionLimitOutOfRange_IsRefusedAtStart(int attempts, int windowSeconds)
    {
        var failure = await Should.ThrowAsync<ArgumentException>(() => SandboxServer.StartAsync(new SandboxOptions
        {
            WebSocketConnectionAttempts = attempts,
            WebSocketConnectionWindow = TimeSpan.FromSeconds(windowSeconds),
        }));
        failure.Message.ShouldContain(attempts < 1 ? "WebSocketConnectionAttempts" : "WebSocketConnectionWindow");
    }

    /// <summary>A WebSocket upgrade request sent by hand, to read what a refusal answers before any upgrade.</summary>
    private static async Task<(HttpStatusCode Status, string? RetryAfter, JsonElement Body)> HandshakeAsync(SandboxServer server, string path)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Connection.Add("Upgrade");
        request.Headers.Upgrade.Add(new System.Net.Http.Headers.ProductHeaderValue("websocket"));
        request.Headers.Add("Sec-WebSocket-Version", "13");
        request.Headers.Add("Sec-WebSocket-Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
        using var response = await http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), body.RootElement.Clone());
    }
}
