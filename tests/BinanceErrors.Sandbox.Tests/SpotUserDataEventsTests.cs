using System.Net.Http.Json;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// Spot user data beyond orders: <c>listStatus</c> for order lists (after the legs' <c>executionReport</c>s, when the
/// list starts and when it is all done) and <c>balanceUpdate</c> for deposits and withdrawals made through the admin
/// API, wrapped as <c>{subscriptionId, event}</c> with the documented fields in their order.
/// </summary>
public sealed class SpotUserDataEventsTests
{
    [Fact]
    public async Task AnOrderList_IsReportedAsListStatus_WhenItStartsAndWhenItIsAllDone()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var ws = await WsApiClient.ConnectAsync(server);
        using var rest = SandboxClient.Hmac(server);
        (await ws.SignedAsync("userDataStream.subscribe.signature")).GetProperty("status").GetInt32().ShouldBe(200);

        var placed = await rest.SignedAsync(HttpMethod.Post, "/api/v3/orderList/oco", SandboxClient.Query(
            ("symbol", "BTCUSDT"), ("side", "SELL"), ("quantity", "0.001"), ("listClientOrderId", "oco-ev"),
            ("aboveType", "LIMIT_MAKER"), ("abovePrice", "30001"), ("aboveClientOrderId", "oco-ev-tp"),
            ("belowType", "STOP_LOSS_LIMIT"), ("belowPrice", "28900"), ("belowStopPrice", "29000"), ("belowTimeInForce", "GTC"), ("belowClientOrderId", "oco-ev-sl")));
        placed.Status.ShouldBe(200, placed.Body);
        var listId = placed.Json.GetProperty("orderListId").GetInt64();

        var reports = new List<string>();
        JsonElement started;
        while (true)
        {
            var frame = (await ws.ReceiveAsync())!.Value;
            var e = frame.GetProperty("event");
            if (e.GetProperty("e").GetString() == "executionReport")
            {
                reports.Add(e.GetProperty("c").GetString()!);
            }
            else if (e.GetProperty("e").GetString() == "listStatus")
            {
                frame.GetProperty("subscriptionId").GetInt32().ShouldBe(0);
                started = e;
                break;
            }
        }

        reports.ShouldBe(["oco-ev-tp", "oco-ev-sl"], "both legs' NEW reports come first");
        var sample = Parse(SpotUserDataSamples.ListStatus).GetProperty("event");
        Names(started).ShouldBe(Names(sample));
        Names(started.GetProperty("O")[0]).ShouldBe(Names(sample.GetProperty("O")[0]));
        (started.GetProperty("g").GetInt64(), started.GetProperty("c").GetString(), started.GetProperty("l").GetString(), started.GetProperty("L").GetString(), started.GetProperty("C").GetString())
            .ShouldBe((listId, "OCO", "EXEC_STARTED", "EXECUTING", "oco-ev"));
        started.GetProperty("O").EnumerateArray().Select(o => o.GetProperty("c").GetString()).ShouldBe(["oco-ev-tp", "oco-ev-sl"]);

        (await rest.SignedAsync(HttpMethod.Delete, "/api/v3/orderList", $"symbol=BTCUSDT&orderListId={listId}")).Status.ShouldBe(200);
        var done = await NextAsync(ws, "listStatus");
        (done.GetProperty("l").GetString(), done.GetProperty("L").GetString()).ShouldBe(("ALL_DONE", "ALL_DONE"));
    }

    [Fact]
    public async Task ADepositAndAWithdrawal_AreReportedAsBalanceUpdate()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var ws = await WsApiClient.ConnectAsync(server);
        (await ws.SignedAsync("userDataStream.subscribe.signature")).GetProperty("status").GetInt32().ShouldBe(200);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var deposit = await http.PostAsJsonAsync("/sandbox/balance", new { apiKey = "sandboxkey", asset = "BTC", delta = "100" });
        deposit.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await deposit.Content.ReadAsStringAsync());
        var update = await NextAsync(ws, "balanceUpdate");
        Names(update).ShouldBe(Names(Parse(SpotUserDataSamples.BalanceUpdate).GetProperty("event")));
        (update.GetProperty("a").GetString(), update.GetProperty("d").GetString()).ShouldBe(("BTC", "100.00000000"));
        var position = await NextAsync(ws, "outboundAccountPosition");
        position.GetProperty("B").EnumerateArray().Single().GetProperty("f").GetString().ShouldBe("101.00000000", "1 BTC to start with, 100 deposited");

        server.AdjustBalance("sandboxkey", "BTC", -0.5m);
        (await NextAsync(ws, "balanceUpdate")).GetProperty("d").GetString().ShouldBe("-0.50000000");
        server.Balances("sandboxkey").Single(b => b.Asset == "BTC").Free.ShouldBe(100.5m);

        var overdrawn = await http.PostAsJsonAsync("/sandbox/balance", new { apiKey = "sandboxkey", asset = "BTC", delta = -1000 });
        overdrawn.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await overdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("A withdrawal of 1000 BTC is more than the free balance of 100.5.");
        Should.Throw<ArgumentException>(() => server.AdjustBalance("nosuchkey", "BTC", 1m));
        Should.Throw<ArgumentException>(() => server.AdjustBalance("sandboxkey", "BTC", 0m));
        server.Balances("sandboxkey").Single(b => b.Asset == "BTC").Free.ShouldBe(100.5m, "refused changes change nothing");
    }

    private static async Task<JsonElement> NextAsync(WsApiClient ws, string type)
    {
        while (true)
        {
            var frame = (await ws.ReceiveAsync()) ?? throw new InvalidOperationException("The connection closed while waiting for " + type);
            if (frame.TryGetProperty("event", out var e) && e.GetProperty("e").GetString() == type)
            {
                frame.GetProperty("subscriptionId").ValueKind.ShouldBe(JsonValueKind.Number);
                return e;
            }
        }
    }

    private static JsonElement Parse(string sample) =>
        JsonDocument.Parse(sample, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }).RootElement.Clone();

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
