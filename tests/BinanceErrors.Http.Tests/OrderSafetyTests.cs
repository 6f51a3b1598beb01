using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>Unknown outcomes end with exactly one order: look it up, resend with the same id only when it does not exist.</summary>
public sealed class OrderSafetyTests
{
    [Theory]
    [InlineData(503, -1007)]
    [InlineData(500, -1006)]
    [InlineData(503, null)]
    public async Task ErrorAfterExecution_EndsWithExactlyOneOrder_ReturnedToTheCaller(int status, int? code)
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = status, Code = code });

        var (responseStatus, json, response) = await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("after-exec"));

        responseStatus.ShouldBe(200);
        response.Headers.GetValues(BinanceResilienceHandler.ReconciledHeader).Single().ShouldBe("found");
        json.GetProperty("clientOrderId").GetString().ShouldBe("after-exec");
        harness.Orders("after-exec").ShouldBe(1);
        harness.Server.RequestCount("POST", "/api/v3/order").ShouldBe(1, "the order is never resent blindly");
        harness.Server.RequestCount("GET", "/api/v3/order").ShouldBe(1);
    }

    [Fact]
    public async Task ConnectionLostAfterExecution_EndsWithExactlyOneOrder()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Abort = true });

        var (status, json, _) = await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("aborted"));

        status.ShouldBe(200);
        json.GetProperty("status").GetString().ShouldBe("NEW");
        harness.Orders("aborted").ShouldBe(1);
        harness.Server.RequestCount("POST", "/api/v3/order").ShouldBe(1);
    }

    [Fact]
    public async Task Minus1007BeforeExecution_LookupSaysMissing_ResendsOnceWithTheSameId()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Status = 500, Code = -1007 });

        var (status, json, response) = await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("before-exec"));

        status.ShouldBe(200);
        response.Headers.Contains(BinanceResilienceHandler.ReconciledHeader).ShouldBeFalse();
        json.GetProperty("clientOrderId").GetString().ShouldBe("before-exec");
        harness.Orders("before-exec").ShouldBe(1);
        harness.Server.RequestCount("POST", "/api/v3/order").ShouldBe(2);
        harness.Server.RequestCount("GET", "/api/v3/order").ShouldBeGreaterThanOrEqualTo(harness.Options.MinNotFoundLookups, "one not-found proves nothing; the resend waits for several, the last after the window closed");
    }

    [Fact]
    public async Task OrdersWithoutClientOrderId_GetOne_SoTheyCanBeReconciled()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = 502 });

        var (status, json, _) = await harness.SendAsync(HttpMethod.Post, "/api/v3/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.001");

        status.ShouldBe(200);
        var id = json.GetProperty("clientOrderId").GetString()!;
        id.ShouldStartWith("be-");
        harness.Server.AcceptedOrders().Count.ShouldBe(1);
        harness.Orders(id).ShouldBe(1);
    }

    [Fact]
    public async Task WhenTheLookupCannotTell_ThrowsExecutionUnknown_WithTheClientOrderId()
    {
        await using var harness = await Harness.StartAsync(configure: o => o.ReconcileAttempts = 2);
        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 });
        harness.Server.AddFault(new FaultRule { Method = "GET", Path = "/api/v3/order", Status = 503 });

        var error = await Should.ThrowAsync<BinanceExecutionUnknownException>(() => harness.Time.DriveAsync(harness.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, Harness.LimitOrder("cannot-tell")))));

        error.ClientOrderId.ShouldBe("cannot-tell");
        error.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
        harness.Server.RequestCount("POST", "/api/v3/order").ShouldBe(1);
        harness.Orders("cannot-tell").ShouldBe(1, "the order exists, and the caller was told the outcome is unknown, not that it failed");
    }

    [Fact]
    public async Task CancelWithUnknownOutcome_IsSettledByTheLookup()
    {
        await using var harness = await Harness.StartAsync();
        (await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("to-cancel"))).Status.ShouldBe(200);
        harness.Server.AddFault(new FaultRule { Method = "DELETE", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 });

        var (status, json, _) = await harness.SendAsync(HttpMethod.Delete, "/api/v3/order?symbol=BTCUSDT&origClientOrderId=to-cancel");

        status.ShouldBe(200);
        json.GetProperty("status").GetString().ShouldBe("CANCELED");
        harness.Server.RequestCount("DELETE", "/api/v3/order").ShouldBe(1);
    }

    [Fact]
    public async Task CancelLostBeforeExecution_IsSentAgain()
    {
        await using var harness = await Harness.StartAsync();
        (await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("cancel-again"))).Status.ShouldBe(200);
        harness.Server.AddFault(new FaultRule { Method = "DELETE", Path = "/api/v3/order", Count = 1, Status = 502 });

        var (status, json, _) = await harness.SendAsync(HttpMethod.Delete, "/api/v3/order?symbol=BTCUSDT&origClientOrderId=cancel-again");

        status.ShouldBe(200);
        json.GetProperty("status").GetString().ShouldBe("CANCELED");
        harness.Server.RequestCount("DELETE", "/api/v3/order").ShouldBe(2);
    }

    [Fact]
    public async Task ReadsAreRetriedOn5xx_OrdersAreNot()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.AddFault(new FaultRule { Method = "GET", Path = "/api/v3/depth", Count = 2, Status = 503 });

        var (status, _, _) = await harness.SendAsync(HttpMethod.Get, "/api/v3/depth?symbol=BTCUSDT&limit=5");

        status.ShouldBe(200);
        harness.Server.RequestCount("GET", "/api/v3/depth").ShouldBe(3);

        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Status = 503 });
        (await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("no-blind"))).Status.ShouldBe(200);
        harness.Server.RequestCount("POST", "/api/v3/order").ShouldBe(2, "one attempt, then a resend only after the look-ups proved the order does not exist");
        harness.Server.RequestCount("GET", "/api/v3/order").ShouldBeGreaterThanOrEqualTo(harness.Options.MinNotFoundLookups);
    }

    [Fact]
    public async Task DefinitiveRejections_AreReturnedAsIs_NotRetried()
    {
        await using var harness = await Harness.StartAsync();

        var (status, json, response) = await harness.SendAsync(HttpMethod.Post, "/api/v3/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.000015&newClientOrderId=lot");

        status.ShouldBe(400);
        json.GetProperty("code").GetInt32().ShouldBe(-1013);
        harness.Server.RequestCount("POST", "/api/v3/order").ShouldBe(1);
        var thrown = await Should.ThrowAsync<BinanceApiException>(() => response.EnsureBinanceSuccessAsync());
        thrown.Error.Filter.ShouldBe(FilterType.LotSize);
        thrown.Message.ShouldContain("Filter failure: LOT_SIZE");
    }

    [Fact]
    public async Task CancelReplacePartialFailure_IsSurfacedWithBothHalves()
    {
        await using var harness = await Harness.StartAsync();

        var (status, _, response) = await harness.SendAsync(HttpMethod.Post,
            "/api/v3/order/cancelReplace?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=28000&quantity=0.001&cancelReplaceMode=ALLOW_FAILURE&cancelOrigClientOrderId=missing&newClientOrderId=cr-new");

        status.ShouldBe(409);
        var error = await Should.ThrowAsync<BinanceApiException>(() => response.EnsureBinanceSuccessAsync());
        error.Kind.ShouldBe(BinanceErrorKind.PartiallyFailed);
        error.Error.CancelReplace!.CancelResult.ShouldBe(CancelReplaceLegResult.Failure);
        error.Error.CancelReplace.NewOrderResult.ShouldBe(CancelReplaceLegResult.Success);
        error.Error.CancelReplace.CancelErrorCode.ShouldBe(-2011);
        harness.Orders("cr-new").ShouldBe(1);
        harness.Server.RequestCount("POST", "/api/v3/order/cancelReplace").ShouldBe(1);
    }
}
