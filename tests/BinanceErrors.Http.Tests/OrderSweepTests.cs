using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BinanceErrors.Http.Tests;

/// <summary>The journal and the sweep, wired by registration only: the call site is a plain HttpClient call.</summary>
public sealed class OrderSweepTests
{
    [Fact]
    public async Task AnOrderLeftUnknown_IsSettledByTheHostedSweep()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var journalPath = Path.Combine(Path.GetTempPath(), $"be-sweep-{Guid.NewGuid():N}.db");
        try
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Services.AddHttpClient("binance", c => c.BaseAddress = sandbox.BaseAddress)
                .AddBinanceResilience(o =>
                {
                    o.Credentials = BinanceCredentials.Hmac(Harness.ApiKey, Harness.Secret);
                    o.RecvWindow = TimeSpan.FromSeconds(1);
                    o.ReconcileSettleMargin = TimeSpan.FromMilliseconds(200);
                    o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
                    o.ReconcileAttempts = 1;
                    o.LearnLimitsFromExchange = false;
                })
                .AddBinanceOrderJournal(o => o.Path = journalPath)
                .AddBinanceOrderSweep(o => o.MinAge = TimeSpan.Zero);
            using var host = builder.Build();
            var http = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("binance");
            var journal = host.Services.GetRequiredService<IBinanceOrderJournal>();

            // The order executes, the answer is lost and the look-up fails: the call cannot tell.
            sandbox.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 });
            sandbox.AddFault(new FaultRule { Method = "GET", Path = "/api/v3/order", Count = 1, Status = 503 });
            await Should.ThrowAsync<BinanceExecutionUnknownException>(() => http.PostAsync("/api/v3/order?symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&newClientOrderId=swept", null));
            (await journal.ReadOpenAsync(default)).ShouldHaveSingleItem().ClientOrderId.ShouldBe("swept");

            var sweep = host.Services.GetRequiredService<BinanceOrderSweepService>();
            var completed = new TaskCompletionSource<IReadOnlyList<BinanceRecoveredOrder>>(TaskCreationOptions.RunContinuationsAsynchronously);
            sweep.SweepCompleted += (_, results) => completed.TrySetResult(results);
            await host.StartAsync();
            var swept = await completed.Task.WaitAsync(TimeSpan.FromMinutes(1));
            await host.StopAsync();

            var result = swept.ShouldHaveSingleItem();
            result.Status.ShouldBe(BinanceRecoveryStatus.Placed);
            result.OrderId.ShouldBe(sandbox.AcceptedOrders().Single(o => o.ClientOrderId == "swept").OrderId);
            (await journal.ReadOpenAsync(default)).ShouldBeEmpty();
            sandbox.RequestCount("POST", "/api/v3/order").ShouldBe(1, "nothing was resent");
        }
        finally
        {
            foreach (var file in new[] { journalPath, journalPath + "-wal", journalPath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
