using System.Text.Json;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// A third-party client, unchanged but for its base URL: ccxt's <c>binancecoinm</c> (npm, pinned in
/// tests/ccxt/package.json) runs tests/ccxt/binancecoinm.mjs against the COIN-M sandbox: inverse markets, balance in
/// the coin, leverage, limit and market orders in contracts, positions, reduce-only, post-only, and the error classes.
/// </summary>
public sealed class CcxtBinanceCoinmTests
{
    [Fact]
    public async Task CcxtBinanceCoinm_TradesTheLifeCycle_AndRaisesItsErrorClasses()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.CoinM });
        var run = await NodeScript.RunCcxtAsync("binancecoinm.mjs", server.BaseAddress.ToString(), "sandboxkey", "sandbox-secret");

        run.ExitCode.ShouldBe(0, run.Error);
        var result = JsonDocument.Parse(run.Output).RootElement;
        var steps = result.GetProperty("steps");
        var markets = steps.GetProperty("loadMarkets");
        markets.GetProperty("btcInverse").GetBoolean().ShouldBeTrue(steps.ToString());
        markets.GetProperty("contractSize").GetDecimal().ShouldBe(100m);
        markets.GetProperty("settle").GetString().ShouldBe("BTC");
        steps.GetProperty("fetchBalance").GetDecimal().ShouldBe(1m, steps.ToString());
        steps.GetProperty("setLeverage").GetInt32().ShouldBe(10, steps.ToString());
        steps.GetProperty("limitOrder").GetProperty("status").GetString().ShouldBe("open", steps.ToString());
        steps.GetProperty("limitOrder").GetProperty("amount").GetDecimal().ShouldBe(3m);
        steps.GetProperty("fetchOrder").GetProperty("status").GetString().ShouldBe("open", steps.ToString());
        steps.GetProperty("cancelOrder").GetProperty("status").GetString().ShouldBe("canceled", steps.ToString());
        steps.GetProperty("cancelOrder").GetProperty("left").GetInt32().ShouldBe(0);
        var market = steps.GetProperty("marketOrder");
        market.GetProperty("status").GetString().ShouldBe("closed", steps.ToString());
        market.GetProperty("average").GetDecimal().ShouldBe(95047.5m);
        var position = steps.GetProperty("fetchPositions")[0];
        position.GetProperty("side").GetString().ShouldBe("long", steps.ToString());
        position.GetProperty("contracts").GetDecimal().ShouldBe(10m);
        steps.GetProperty("reduceOnlyOrder").GetProperty("status").GetString().ShouldBe("closed", steps.ToString());
        steps.GetProperty("postOnlyThatWouldTake").GetProperty("status").GetString().ShouldBe("expired", steps.ToString());
        server.Faults.ShouldBeEmpty();

        // As shipped, ccxt maps COIN-M codes by the host name; elsewhere only the shared table applies.
        var errors = result.GetProperty("errors");
        errors.GetProperty("-2013").GetString().ShouldBe("OrderNotFound", result.ToString());
        var asOnDapi = result.GetProperty("errorsAsOnDapi");
        asOnDapi.GetProperty("-2019").GetString().ShouldBe("InsufficientFunds", result.ToString());
        asOnDapi.GetProperty("-2022").GetString().ShouldBe("InvalidOrder");
        asOnDapi.GetProperty("-2013").GetString().ShouldBe("OrderNotFound");
    }
}
