using System.Globalization;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Tests.Commands;

/// <summary>
/// <c>demo --transport ws</c>: the same runner, faults and exactly-once count, with every order placed through
/// <c>BinanceWebSocketClient</c> on the sandbox's <c>/ws-api/v3</c> (Spot) or <c>/ws-fapi/v1</c> (USDⓈ-M).
/// </summary>
public sealed class DemoOverWebSocketTests
{
    [Theory]
    [InlineData("spot")]
    [InlineData("usdm")]
    public void ScriptedDemo_OverWebSocket_InjectsEveryWebSocketFault_AndEndsExactlyOnce(string venue)
    {
        var run = CliRun.Of("demo", "--venue", venue, "--transport", "ws", "--orders", "12", "--seed", "3");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("/ws-");
        foreach (var fault in new[] { "after the order executed", "connection dropped after the order executed", "before the", "late execution", "clock moved", "429 -1003", "IP banned for 2 s (418), the socket closed", "-1008", "on the cancel", "serverShutdown" })
        {
            run.Output.ShouldContain(fault);
        }

        run.Output.ShouldContain("looked up: found");
        run.Output.ShouldContain("clock resynced");
        run.Output.ShouldContain("after waiting 2.0 s (ban)", Case.Sensitive, "the ban's 2 s, though the exchange's clock is an hour ahead by then");
        run.Output.ShouldContain("Exactly once:           12/12 (counted on the exchange)");
        run.Output.ShouldContain("Duplicates:             0");
    }

    [Theory]
    [InlineData("spot", 7)]
    [InlineData("usdm", 11)]
    public void ChaosMarketDemo_OverWebSocket_IsExactlyOnce_CountedOnTheSandbox(string venue, int seed)
    {
        var run = CliRun.Of("demo", "--venue", venue, "--transport", "ws", "--faults", "chaos", "--order-type", "market", "--orders", "200", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--json");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["runId", "venue", "transport", "intended", "exactlyOnce", "duplicates", "missing", "retries", "reconciliations", "rateLimited", "banned", "limitStore", "limitStoreFallbacks", "limitStoreShared", "faultsInjected", "serverShutdowns", "connectionsOpened"]);
        json.GetProperty("venue").GetString().ShouldBe(venue);
        json.GetProperty("transport").GetString().ShouldBe("ws");
        json.GetProperty("intended").GetInt32().ShouldBe(200);
        json.GetProperty("exactlyOnce").GetInt32().ShouldBe(200);
        json.GetProperty("duplicates").GetInt32().ShouldBe(0);
        json.GetProperty("missing").GetInt32().ShouldBe(0);
        json.GetProperty("reconciliations").GetInt32().ShouldBeGreaterThan(0, "chaos dropped connections and sent 5XX after execution");
        json.GetProperty("faultsInjected").GetInt32().ShouldBeGreaterThan(10, "about a quarter of the orders meet a fault");
        json.GetProperty("serverShutdowns").GetInt32().ShouldBe(4, "one every 50 orders");
        json.GetProperty("connectionsOpened").GetInt64().ShouldBeGreaterThan(4, "a replacement after each serverShutdown, a reconnect after each drop");
    }

    /// <summary>
    /// <c>--limit-store redis://</c> over the WebSocket API as over REST: the handshakes' and requests' weight lives on
    /// Redis under the IP group, shared with every REST and WebSocket process using it.
    /// </summary>
    [Fact]
    public async Task WebSocketDemo_LimitsOnRedis_AreShared_AndWrittenThere()
    {
        await using var redis = await RedisServer.StartAsync();

        var run = CliRun.Of("demo", "--transport", "ws", "--orders", "6", "--faults", "none", "--limit-store", $"redis://127.0.0.1:{redis.Port}", "--ip-group", "egress-ws", "--json");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        var json = run.Json();
        json.GetProperty("exactlyOnce").GetInt32().ShouldBe(6);
        json.GetProperty("limitStore").GetString().ShouldBe("redis");
        json.GetProperty("limitStoreFallbacks").GetInt64().ShouldBe(0);
        json.GetProperty("limitStoreShared").GetBoolean().ShouldBeTrue();
        var keys = await RedisKeysAsync(redis.Port);
        keys.ShouldContain(k => k.Contains("egress-ws", StringComparison.Ordinal) && k.Contains(":weight:", StringComparison.Ordinal), string.Join(", ", keys));
    }

    [Fact]
    public void CoinM_OverWebSocket_IsRefused_ExitTwo()
    {
        var run = CliRun.Of("demo", "--venue", "coinm", "--transport", "ws");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"binance-errors: --transport ws: the sandbox serves no COIN-M WebSocket API (/ws-dapi/v1), so the coinm demo runs over REST only; leave out --transport ws.{Environment.NewLine}");
    }

    [Fact]
    public void UnknownTransport_ExitsTwo()
    {
        var run = CliRun.Of("demo", "--transport", "fix");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("fix");
    }

    /// <summary>
    /// A run placed over the WebSocket API is resumed from its journal like a REST one: its intents are journalled as
    /// their REST twins, so recovery settles them by client order id, and nothing is placed twice.
    /// </summary>
    [Fact]
    public async Task WebSocketRun_ResumedFromItsJournal_PlacesNothingAgain()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"be-ws-demo-{Guid.NewGuid():N}.db");
        try
        {
            var first = CliRun.Of("demo", "--transport", "ws", "--base-url", sandbox.BaseAddress.ToString(), "--orders", "6", "--order-type", "market", "--faults", "none", "--journal", path, "--seed", "4", "--json");
            first.ExitCode.ShouldBe(0, first.Output + first.Error);
            sandbox.RequestCount("WS", "order.place").ShouldBe(6);

            var again = CliRun.Of("demo", "--transport", "ws", "--base-url", sandbox.BaseAddress.ToString(), "--journal", path, "--resume", "--json");

            again.ExitCode.ShouldBe(0, again.Output + again.Error);
            again.Json().GetProperty("exactlyOnce").GetInt32().ShouldBe(6);
            sandbox.RequestCount("WS", "order.place").ShouldBe(6, "a finished run resumed sends no order again");
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<string[]> RedisKeysAsync(int port)
    {
        var info = new System.Diagnostics.ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-p", port.ToString(CultureInfo.InvariantCulture), "--scan" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
