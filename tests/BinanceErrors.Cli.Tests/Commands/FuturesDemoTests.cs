using System.Diagnostics;
using BinanceErrors.Cli.Commands;
using BinanceErrors.Http;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Tests.Commands;

/// <summary><c>demo --venue usdm</c>: the exactly-once session on USDⓈ-M, counted on the sandbox.</summary>
public sealed class FuturesDemoTests
{
    [Fact]
    public void ScriptedUsdMDemo_InjectsTheFuturesFaults_OnOrdersAndAlgoOrders_AndEndsExactlyOnce()
    {
        var run = CliRun.Of("demo", "--venue", "usdm", "--orders", "22", "--seed", "3");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        foreach (var fault in new[] { "\"Unknown error, …\" after the order executed", "\"Service Unavailable.\" before the engine", "connection dropped", "HTML 502", "clock moved", "429", "-1008", "on the cancel", "banned" })
        {
            run.Output.ShouldContain(fault);
        }

        run.Output.ShouldContain("algo STOP_MARKET");
        run.Output.ShouldContain("looked up: found");
        run.Output.ShouldContain("retried (ServiceUnavailable)");
        run.Output.ShouldContain("Exactly once:           22/22 (counted on the exchange)");
    }

    [Fact]
    public void ChaosUsdMDemo_300Orders_AllExactlyOnce_CountedOnTheSandbox()
    {
        var run = CliRun.Of("demo", "--venue", "usdm", "--orders", "300", "--chaos", "--seed", "42", "--json");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["runId", "venue", "intended", "exactlyOnce", "duplicates", "missing", "retries", "reconciliations", "rateLimited", "banned", "limitStore", "limitStoreFallbacks", "limitStoreShared"]);
        json.GetProperty("venue").GetString().ShouldBe("usdm");
        json.GetProperty("exactlyOnce").GetInt32().ShouldBe(300);
        json.GetProperty("duplicates").GetInt32().ShouldBe(0);
        json.GetProperty("missing").GetInt32().ShouldBe(0);
        json.GetProperty("reconciliations").GetInt32().ShouldBeGreaterThan(0, "chaos injected execute-then-fail faults");
    }

    [Fact]
    public void UnknownVenue_ExitsTwo()
    {
        var run = CliRun.Of("demo", "--venue", "us");

        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void ScriptedCoinMDemo_InjectsTheFuturesFaults_OnDapi_AndEndsExactlyOnce()
    {
        var run = CliRun.Of("demo", "--venue", "coinm", "--orders", "11", "--seed", "3");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("COIN-M orders on BTCUSD_PERP");
        foreach (var fault in new[] { "\"Unknown error, …\" after the order executed", "\"Service Unavailable.\" before the engine", "connection dropped", "HTML 502", "clock moved", "429", "-1008", "on the cancel", "banned" })
        {
            run.Output.ShouldContain(fault);
        }

        run.Output.ShouldNotContain("algo STOP_MARKET");
        run.Output.ShouldContain("Exactly once:           11/11 (counted on the exchange)");
    }

    [Fact]
    public void ChaosCoinMDemo_300Orders_AllExactlyOnce_CountedOnTheSandbox()
    {
        var run = CliRun.Of("demo", "--venue", "coinm", "--orders", "300", "--chaos", "--seed", "42", "--json");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        var json = run.Json();
        json.GetProperty("venue").GetString().ShouldBe("coinm");
        json.GetProperty("exactlyOnce").GetInt32().ShouldBe(300);
        json.GetProperty("duplicates").GetInt32().ShouldBe(0);
        json.GetProperty("missing").GetInt32().ShouldBe(0);
        json.GetProperty("reconciliations").GetInt32().ShouldBeGreaterThan(0, "chaos injected execute-then-fail faults");
    }

    [Fact]
    public void UsdMMarketOrders_UnderChaos_AreExactlyOnce()
    {
        var run = CliRun.Of("demo", "--venue", "usdm", "--orders", "60", "--chaos", "--order-type", "market", "--seed", "5", "--json");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Json().GetProperty("exactlyOnce").GetInt32().ShouldBe(60);
        run.Json().GetProperty("duplicates").GetInt32().ShouldBe(0);
    }

    [Fact]
    public void UsdMMarketOrders_Fill_AndTheTableSaysSo()
    {
        var run = CliRun.Of("demo", "--venue", "usdm", "--orders", "4", "--order-type", "market", "--faults", "none", "--seed", "2");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("(MARKET and algo STOP_MARKET, alternating)");
        run.Output.ShouldContain("   1  MARKET ");
        run.Output.ShouldContain("filled");
        run.Output.ShouldContain("Orders intended:        4 (2 MARKET, 2 algo)");
        run.Output.ShouldContain("Exactly once:           4/4 (counted on the exchange)");
    }

    /// <summary>
    /// A crashed run's journal: order 1 (LIMIT) and 2 (algo) were sent and executed but their outcomes never written,
    /// order 3's intent was written but never sent, order 4 not begun. Resume settles 1 and 2 as placed (the algo order
    /// through <c>clientAlgoId</c>), proves 3 absent and places it, places 4: each once on the exchange.
    /// </summary>
    [Fact]
    public async Task UsdMResume_SettlesTheCrashedRunsIntents_AlgoOrdersByClientAlgoId_AndPlacesNothingTwice()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        var path = Path.Combine(Path.GetTempPath(), $"be-usdm-demo-{Guid.NewGuid():N}.db");
        try
        {
            using (var journal = DemoJournal.Create(path))
            {
                journal.WritePlan(new DemoPlan("c4a5h1", 4, "LIMIT", Chaos: false, Seed: 7, Venue: "usdm"));
                var options = new BinanceClientOptions { Venue = BinanceVenue.UsdMFutures, Credentials = BinanceCredentials.Hmac("sandboxkey", "sandbox-secret"), OrderJournal = journal.Intents };
                using var client = BinanceHttpClientFactory.Create(sandbox.BaseAddress, options);
                foreach (var index in new[] { 1, 2 })
                {
                    var order = new FuturesDemoOrder("c4a5h1", index, market: false);
                    using var placed = await client.PostAsync(order.PlaceQuery, null);
                    placed.EnsureSuccessStatusCode();

                    // The process died before it wrote the outcome.
                    await journal.Intents.RecordOutcomeAsync(order.ClientId, BinanceOrderIntentState.Open, null, default);
                }

                await journal.Intents.RecordIntentAsync(
                    new BinanceOrderIntent
                    {
                        ClientOrderId = "demo-c4a5h1-3",
                        Venue = BinanceVenue.UsdMFutures,
                        Symbol = "BTCUSDT",
                        Method = "POST",
                        Path = "/fapi/v1/order",
                        Query = new FuturesDemoOrder("c4a5h1", 3, market: false).PlaceQuery.Split('?')[1],
                        RecvWindowMs = 1000,
                        CreatedAt = DateTimeOffset.UtcNow,
                    },
                    default);
            }

            var resumed = CliRun.Of("demo", "--venue", "usdm", "--base-url", sandbox.BaseAddress.ToString(), "--journal", path, "--resume", "--faults", "none");

            resumed.ExitCode.ShouldBe(0, resumed.Output + resumed.Error);
            resumed.Output.ShouldContain("Recovered run c4a5h1: 2 placed, 1 not placed, 0 still unknown");
            resumed.Output.ShouldContain("Exactly once:           4/4 (counted on the exchange)");
            resumed.Output.ShouldContain("Duplicates:             0");
            sandbox.RequestCount("POST", "/fapi/v1/order").ShouldBe(2, "order 1 before the crash, order 3 after recovery proved it absent");
            sandbox.RequestCount("POST", "/fapi/v1/algoOrder").ShouldBe(2, "order 2 before the crash (found by clientAlgoId, not sent again), order 4 after");
            using var intents = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = path });
            (await intents.ReadOpenAsync(default)).ShouldBeEmpty();
            (await intents.ReadAllAsync(default)).Select(i => (i.ClientOrderId, i.State)).Order().ShouldBe(
                Enumerable.Range(1, 4).Select(i => ($"demo-c4a5h1-{i}", BinanceOrderIntentState.Placed)).Order());

            var again = CliRun.Of("demo", "--venue", "usdm", "--base-url", sandbox.BaseAddress.ToString(), "--journal", path, "--resume", "--json");
            again.ExitCode.ShouldBe(0, again.Output + again.Error);
            again.Json().GetProperty("exactlyOnce").GetInt32().ShouldBe(4);
            (sandbox.RequestCount("POST", "/fapi/v1/order") + sandbox.RequestCount("POST", "/fapi/v1/algoOrder")).ShouldBe(4, "a finished run resumed sends no order again");
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void UsdMResume_OfASpotRun_ExitsTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"be-spot-demo-{Guid.NewGuid():N}.db");
        try
        {
            using (var journal = DemoJournal.Create(path))
            {
                journal.WritePlan(new DemoPlan("5b07aa", 3, "MARKET", Chaos: false, Seed: 1));
            }

            var run = CliRun.Of("demo", "--venue", "usdm", "--base-url", "http://127.0.0.1:9/", "--journal", path, "--resume");

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldBe($"binance-errors: --resume: '{path}' holds a spot run; pass --venue spot to continue it.{Environment.NewLine}");
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task UsdMLimits_OnRedis_AreShared_AndWrittenThere()
    {
        await using var redis = await RedisServer.StartAsync();

        var run = CliRun.Of("demo", "--venue", "usdm", "--orders", "6", "--faults", "none", "--limit-store", $"redis://127.0.0.1:{redis.Port}", "--ip-group", "egress-a", "--json");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        var json = run.Json();
        json.GetProperty("exactlyOnce").GetInt32().ShouldBe(6);
        json.GetProperty("limitStore").GetString().ShouldBe("redis");
        json.GetProperty("limitStoreFallbacks").GetInt64().ShouldBe(0);
        json.GetProperty("limitStoreShared").GetBoolean().ShouldBeTrue();
        (await RedisKeysAsync(redis.Port)).ShouldContain(k => k.Contains("egress-a", StringComparison.Ordinal), "the weight and order counts live on Redis under the IP group");
    }

    private static async Task<string[]> RedisKeysAsync(int port)
    {
        var info = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--scan" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
