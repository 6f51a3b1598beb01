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

    /// <summary>
    /// ccxt.pro's <c>binanceusdm</c> against the USDⓈ-M sandbox (tests/ccxt/binanceusdm-pro.mjs): orders over
    /// <c>/ws-fapi/v1</c> placed, queried, amended (<c>editOrderWs</c> → <c>order.modify</c>) and cancelled, the balance
    /// and positions read, a fill seen through <c>watchOrders</c> on its listenKey stream (<c>POST /fapi/v1/listenKey</c>,
    /// then <c>/private/ws?listenKey=…</c>), and its own exception classes. ccxt 4.5.84 has no <c>fetchOpenOrdersWs</c>
    /// for swap markets: it raises BadRequest before sending anything.
    /// </summary>
    [Fact]
    public async Task CcxtProBinanceUsdm_TradesOverWsFapi_WatchesItsListenKeyStream_AndRaisesItsErrorClasses()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        var run = await NodeScript.RunCcxtAsync("binanceusdm-pro.mjs", server.BaseAddress.ToString(), "sandboxkey", "sandbox-secret");

        run.ExitCode.ShouldBe(0, run.Error);
        var result = JsonDocument.Parse(run.Output).RootElement;
        var steps = result.GetProperty("steps");
        steps.GetProperty("loadMarkets").GetBoolean().ShouldBeTrue(steps.ToString());
        steps.GetProperty("createOrderWs").GetProperty("status").GetString().ShouldBe("open", steps.ToString());
        steps.GetProperty("fetchOrderWs").GetString().ShouldBe("open", steps.ToString());
        steps.GetProperty("fetchOpenOrdersWs").GetProperty("raised").GetString().ShouldBe("BadRequest", steps.ToString());
        var edited = steps.GetProperty("editOrderWs");
        (edited.GetProperty("status").GetString(), edited.GetProperty("price").GetDecimal(), edited.GetProperty("amount").GetDecimal()).ShouldBe(("open", 90100m, 0.012m), steps.ToString());
        steps.GetProperty("cancelOrderWs").GetString().ShouldBe("canceled", steps.ToString());
        steps.GetProperty("fetchBalanceWs").GetProperty("total").GetDecimal().ShouldBe(100000m, steps.ToString());
        steps.GetProperty("watchOrders").GetProperty("status").GetString().ShouldBe("closed", steps.ToString());
        steps.GetProperty("watchOrders").GetProperty("filled").GetDecimal().ShouldBe(0.002m, steps.ToString());
        steps.GetProperty("fetchPositionsWs")[0].GetProperty("contracts").GetDecimal().ShouldBe(0.002m, steps.ToString());

        var errors = result.GetProperty("errors");
        // ccxt chooses its USDⓈ-M error table by the REST host (https://fapi.<host>/): over ws-fapi, as against the
        // exchange, -2019 and the -4xxx filter codes fall to its base ExchangeError, with the exchange's code and text.
        Error(errors, "insufficientMargin").ShouldBe("ExchangeError", errors.ToString());
        Message(errors, "insufficientMargin").ShouldContain("\"code\":-2019,\"msg\":\"Margin is insufficient.\"");
        Error(errors, "filterFailure").ShouldBe("ExchangeError", errors.ToString());
        Message(errors, "filterFailure").ShouldContain("\"code\":-4164,\"msg\":\"Order's notional must be no smaller than 100 (unless you choose reduce only)\"");
        Error(errors, "orderNotFound").ShouldBe("OrderNotFound", errors.ToString());
        Error(errors, "badSignature").ShouldBe("AuthenticationError", errors.ToString());
        server.RequestCount("WS", "order.modify").ShouldBe(1);
        server.RequestCount("POST", "/fapi/v1/listenKey").ShouldBe(1);
    }

    private static string Error(JsonElement errors, string name) => errors.GetProperty(name).GetProperty("raised").GetString()!;

    private static string Message(JsonElement errors, string name) => errors.GetProperty(name).GetProperty("message").GetString()!;
}
