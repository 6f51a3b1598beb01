using System.Text.Json;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// A third-party client, unchanged but for its base URL: ccxt's <c>binanceusdm</c> (npm, pinned in
/// tests/ccxt/package.json) runs tests/ccxt/binanceusdm.mjs against the USDⓈ-M sandbox. The test installs the
/// package from the lockfile when it is missing (<c>npm ci</c>), so it needs node and npm (CI installs them).
/// </summary>
public sealed class CcxtBinanceUsdmTests
{
    [Fact]
    public async Task CcxtBinanceUsdm_TradesTheLifeCycle_AndRaisesItsErrorClasses()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        var run = await NodeScript.RunCcxtAsync("binanceusdm.mjs", server.BaseAddress.ToString(), "sandboxkey", "sandbox-secret");

        run.ExitCode.ShouldBe(0, run.Error);
        var result = JsonDocument.Parse(run.Output).RootElement;
        var steps = result.GetProperty("steps");
        steps.GetProperty("loadMarkets").GetProperty("btcLinear").GetBoolean().ShouldBeTrue(steps.ToString());
        steps.GetProperty("fetchBalance").GetDecimal().ShouldBe(100_000m);
        steps.GetProperty("setLeverage").GetInt32().ShouldBe(10);
        steps.GetProperty("limitOrder").GetProperty("status").GetString().ShouldBe("open");
        steps.GetProperty("fetchOpenOrders").GetInt32().ShouldBe(1);
        steps.GetProperty("marketOrder").GetProperty("average").GetDecimal().ShouldBe(95047.5m);
        var position = steps.GetProperty("fetchPositions")[0];
        position.GetProperty("side").GetString().ShouldBe("long");
        position.GetProperty("contracts").GetDecimal().ShouldBe(0.01m);
        steps.GetProperty("stopOrder").GetProperty("triggerPrice").GetDecimal().ShouldBe(90000m);
        steps.GetProperty("cancelStop").GetProperty("cancelled").GetBoolean().ShouldBeTrue(steps.ToString());
        steps.GetProperty("reduceOnlyOrder").GetProperty("status").GetString().ShouldBe("closed");
        server.Faults.ShouldBeEmpty();

        // As shipped, ccxt maps USDⓈ-M codes by the host name; elsewhere only the shared table applies.
        var errors = result.GetProperty("errors");
        errors.GetProperty("-2013").GetString().ShouldBe("OrderNotFound");
        errors.GetProperty("-2019").GetString().ShouldBe("ExchangeError");
        var asOnFapi = result.GetProperty("errorsAsOnFapi");
        asOnFapi.GetProperty("-2019").GetString().ShouldBe("InsufficientFunds");
        asOnFapi.GetProperty("-2022").GetString().ShouldBe("InvalidOrder");
        asOnFapi.GetProperty("-4164").GetString().ShouldBe("InvalidOrder");
        asOnFapi.GetProperty("-2013").GetString().ShouldBe("OrderNotFound");
    }
}
