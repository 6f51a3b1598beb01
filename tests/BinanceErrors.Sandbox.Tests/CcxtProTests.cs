using BinanceErrors.Http.Tests.Fixtures;
using System.Text.Json;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// A third-party WebSocket API client, unchanged but for its URLs: ccxt.pro's <c>binance</c> (npm <c>ccxt</c>, pinned in
/// tests/ccxt/package.json) runs tests/ccxt/binance-pro.mjs against the Spot sandbox's <c>/ws-api/v3</c>: it places,
/// queries, lists and cancels orders, reads the balance, sees a fill through <c>watchOrders</c> (a
/// <c>userDataStream.subscribe.signature</c> subscription), and raises its own exception classes for the exchange's
/// errors. The package is installed from the lockfile when missing (<c>npm ci</c>); CI installs node and npm.
/// </summary>
public sealed class CcxtProTests
{
    [Fact]
    public async Task CcxtProBinance_TradesOverTheWebSocketApi_AndRaisesItsErrorClasses()
    {
        await using var server = await SandboxServer.StartAsync();
        var run = await NodeScript.RunCcxtAsync("binance-pro.mjs", server.BaseAddress.ToString(), "sandboxkey", "sandbox-secret");

        run.ExitCode.ShouldBe(0, run.Error);
        var result = JsonDocument.Parse(run.Output).RootElement;
        var steps = result.GetProperty("steps");
        steps.GetProperty("loadMarkets").GetBoolean().ShouldBeTrue(steps.ToString());
        steps.GetProperty("createOrderWs").GetProperty("status").GetString().ShouldBe("open", steps.ToString());
        steps.GetProperty("fetchOrderWs").GetString().ShouldBe("open", steps.ToString());
        steps.GetProperty("fetchOpenOrdersWs").GetArrayLength().ShouldBe(1, steps.ToString());
        steps.GetProperty("cancelOrderWs").GetString().ShouldBe("canceled", steps.ToString());
        steps.GetProperty("fetchBalanceWs").GetString().ShouldBe("100000.00000000", steps.ToString());
        steps.GetProperty("watchOrders").GetProperty("status").GetString().ShouldBe("closed", steps.ToString());
        steps.GetProperty("watchOrders").GetProperty("filled").GetDecimal().ShouldBe(0.001m, steps.ToString());

        var errors = result.GetProperty("errors");
        errors.GetProperty("insufficientFunds").GetString().ShouldBe("InsufficientFunds", errors.ToString());
        errors.GetProperty("orderNotFound").GetString().ShouldBe("OrderNotFound", errors.ToString());
        errors.GetProperty("filterFailure").GetString().ShouldBe("InvalidOrder", errors.ToString());
        errors.GetProperty("badSignature").GetString().ShouldBe("AuthenticationError", errors.ToString());
        server.RequestCount("WS", "order.place").ShouldBeGreaterThanOrEqualTo(2);
        server.RequestCount("WS", "userDataStream.subscribe.signature").ShouldBe(1);
    }
}
