using BinanceErrors.Http.Internal;

namespace BinanceErrors.Http.Tests;

/// <summary>The USDⓈ-M and COIN-M endpoint table and the order-count windows (X-MBX-ORDER-COUNT-10S / -1M).</summary>
public sealed class FuturesEndpointTests
{
    [Theory]
    [InlineData("POST", "/fapi/v1/order", 0, true, RequestIntent.PlaceOrder, 1, 1)]
    [InlineData("POST", "/fapi/v1/batchOrders", 5, true, RequestIntent.OtherWrite, 5, 1)]
    [InlineData("PUT", "/fapi/v1/batchOrders", 5, true, RequestIntent.OtherWrite, 5, 1)]
    [InlineData("PUT", "/fapi/v1/order", 0, true, RequestIntent.CancelOrder, 1, 1)]
    [InlineData("POST", "/fapi/v1/algoOrder", 0, true, RequestIntent.PlaceOrder, 1, 1)]
    [InlineData("DELETE", "/fapi/v1/order", 1, true, RequestIntent.CancelOrder, 0, 0)]
    [InlineData("GET", "/fapi/v1/openOrders", 1, true, RequestIntent.Read, 0, 0)]
    [InlineData("GET", "/fapi/v1/allOrders", 5, true, RequestIntent.Read, 0, 0)]
    [InlineData("GET", "/fapi/v1/userTrades", 5, true, RequestIntent.Read, 0, 0)]
    [InlineData("GET", "/fapi/v3/account", 5, true, RequestIntent.Read, 0, 0)]
    [InlineData("GET", "/fapi/v2/balance", 5, true, RequestIntent.Read, 0, 0)]
    [InlineData("GET", "/fapi/v3/positionRisk", 5, true, RequestIntent.Read, 0, 0)]
    [InlineData("POST", "/fapi/v1/leverage", 1, true, RequestIntent.OtherWrite, 0, 0)]
    [InlineData("POST", "/fapi/v1/marginType", 1, true, RequestIntent.OtherWrite, 0, 0)]
    [InlineData("POST", "/fapi/v1/positionSide/dual", 1, true, RequestIntent.OtherWrite, 0, 0)]
    [InlineData("GET", "/fapi/v1/positionSide/dual", 30, true, RequestIntent.Read, 0, 0)]
    [InlineData("POST", "/fapi/v1/listenKey", 1, false, RequestIntent.OtherWrite, 0, 0)]
    [InlineData("GET", "/fapi/v1/premiumIndex", 1, false, RequestIntent.Read, 0, 0)]
    [InlineData("GET", "/fapi/v1/depth", 10, false, RequestIntent.Read, 0, 0)]
    [InlineData("GET", "/fapi/v1/rateLimit/order", 1, true, RequestIntent.Read, 0, 0)]
    [InlineData("POST", "/fapi/v1/countdownCancelAll", 10, true, RequestIntent.OtherWrite, 0, 0)]
    [InlineData("POST", "/dapi/v1/order", 0, true, RequestIntent.PlaceOrder, 1, 1)]
    [InlineData("PUT", "/dapi/v1/order", 1, true, RequestIntent.CancelOrder, 1, 1)]
    [InlineData("DELETE", "/dapi/v1/order", 1, true, RequestIntent.CancelOrder, 0, 0)]
    [InlineData("GET", "/dapi/v1/order", 1, true, RequestIntent.Read, 0, 0)]
    [InlineData("POST", "/dapi/v1/batchOrders", 5, true, RequestIntent.OtherWrite, 5, 1)]
    [InlineData("PUT", "/dapi/v1/batchOrders", 5, true, RequestIntent.OtherWrite, 5, 1)]
    [InlineData("DELETE", "/dapi/v1/batchOrders", 1, true, RequestIntent.OtherWrite, 0, 0)]
    [InlineData("GET", "/dapi/v1/openOrders", 1, true, RequestIntent.Read, 0, 0)]
    [InlineData("GET", "/dapi/v1/allOrders", 20, true, RequestIntent.Read, 0, 0)]
    [InlineData("GET", "/dapi/v1/account", 5, true, RequestIntent.Read, 0, 0)]
    [InlineData("GET", "/dapi/v1/positionRisk", 1, true, RequestIntent.Read, 0, 0)]
    [InlineData("POST", "/dapi/v1/leverage", 1, true, RequestIntent.OtherWrite, 0, 0)]
    [InlineData("POST", "/dapi/v1/listenKey", 1, false, RequestIntent.OtherWrite, 0, 0)]
    [InlineData("GET", "/dapi/v1/premiumIndex", 10, false, RequestIntent.Read, 0, 0)]
    [InlineData("GET", "/dapi/v1/depth", 10, false, RequestIntent.Read, 0, 0)]
    public void Table_HasTheDocumentedWeightSecurityIntentAndOrderCost(string method, string path, int weight, bool signed, RequestIntent intent, int shortCost, int longCost)
    {
        var info = EndpointTable.Find(new HttpMethod(method), path);

        (info.Weight, info.Signed, info.Intent).ShouldBe((weight, signed, intent));
        OrderCountCost.Find(new HttpMethod(method), path, info).ShouldBe(new OrderCountCost(shortCost, longCost));
    }

    private static readonly BinanceLimitScope Scope = new(BinanceVenue.UsdMFutures, "fapi.binance.com");

    /// <summary>The USDⓈ-M default windows with no headroom, as the limit handler builds them.</summary>
    private static readonly BinanceLimitWindow[] UsdMWindows =
    [
        .. BinanceVenueLimits.RequestWeight(BinanceVenue.UsdMFutures).Select(r => new BinanceLimitWindow(BinanceLimitKind.RequestWeight, (long)r.Window.TotalMilliseconds, r.Limit)),
        .. BinanceVenueLimits.Orders(BinanceVenue.UsdMFutures).Select(r => new BinanceLimitWindow(BinanceLimitKind.Orders, (long)r.Window.TotalMilliseconds, r.Limit)),
    ];

    private static BinanceLimitReservation Reserve(int weight, OrderCountCost orders, long now) =>
        new(Scope, "account", weight, orders.ShortWindow, orders.LongWindow, now, UsdMWindows);

    [Fact]
    public void BatchOrders_Cost5OnTheTenSecondWindowAnd1OnTheMinute()
    {
        var store = new InMemoryBinanceLimitStore();
        var batch = OrderCountCost.Find(HttpMethod.Post, "/fapi/v1/batchOrders", EndpointTable.Find(HttpMethod.Post, "/fapi/v1/batchOrders"));
        const long Now = 1_764_460_800_000; // a 10-second and minute boundary

        // 300 per 10 s with no headroom: 60 batches of 5 fit, the 61st waits for the next 10-second window.
        for (var i = 0; i < 60; i++)
        {
            store.TryReserve(Reserve(5, batch, Now)).CanSend.ShouldBeTrue($"batch {i}");
        }

        var refused = store.TryReserve(Reserve(5, batch, Now));
        refused.UntilMs.ShouldBe(Now + 10_000);
        refused.Reason.ShouldBe("order count 10S");

        // The minute window counted 60, not 300: after the 10-second window rolls, batches go on.
        store.TryReserve(Reserve(5, batch, Now + 10_000)).CanSend.ShouldBeTrue();
    }

    [Fact]
    public void OrderCountHeaders_TenSecondsAndMinute_CorrectTheWindows()
    {
        // ccxt/ccxt#9302 quotes a live USDⓈ-M response carrying X-MBX-USED-WEIGHT-1M, X-MBX-ORDER-COUNT-10S and -1M together.
        var store = new InMemoryBinanceLimitStore();
        const long Now = 1_764_460_800_000;
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        response.Headers.TryAddWithoutValidation("X-MBX-USED-WEIGHT-1M", "12");
        response.Headers.TryAddWithoutValidation("X-MBX-ORDER-COUNT-10S", "2");
        response.Headers.TryAddWithoutValidation("X-MBX-ORDER-COUNT-1M", "1200");

        store.Observe(Scope, "account", Now, UsageHeaders.Read(response.Headers));

        var order = OrderCountCost.Find(HttpMethod.Post, "/fapi/v1/order", EndpointTable.Find(HttpMethod.Post, "/fapi/v1/order"));
        var decision = store.TryReserve(Reserve(0, order, Now + 1));
        decision.Reason.ShouldBe("order count 1M");
        decision.UntilMs.ShouldBe(Now + 60_000);
        store.TryReserve(Reserve(1, OrderCountCost.None, Now + 1)).CanSend.ShouldBeTrue("reads are not held back by order counts");
    }

    [Fact]
    public void VenueLimits_ForUsdM_AreTheDocumentedDefaults()
    {
        var options = BinanceVenueLimits.ApplyTo(new BinanceClientOptions { Venue = BinanceVenue.UsdMFutures });

        options.RequestWeightLimits.ShouldBe([new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromMinutes(1), 2400)]);
        options.OrderLimits.ShouldBe([new BinanceRateLimit(BinanceRateLimitType.Orders, TimeSpan.FromSeconds(10), 300), new BinanceRateLimit(BinanceRateLimitType.Orders, TimeSpan.FromMinutes(1), 1200)]);
        options.OrderLimits.Select(r => "X-MBX-ORDER-COUNT-" + r.HeaderSuffix).ShouldBe(["X-MBX-ORDER-COUNT-10S", "X-MBX-ORDER-COUNT-1M"]);
    }

    [Fact]
    public void VenueLimits_ForCoinM_AreTheSharedFuturesPool()
    {
        // Since 2026-06-30 COIN-M counts in USDⓈ-M's pools (2400 weight per minute; 300 orders per 10 s, 1200 per minute).
        var coinM = BinanceVenueLimits.ApplyTo(new BinanceClientOptions { Venue = BinanceVenue.CoinMFutures });
        var usdM = BinanceVenueLimits.ApplyTo(new BinanceClientOptions { Venue = BinanceVenue.UsdMFutures });

        coinM.RequestWeightLimits.ShouldBe(usdM.RequestWeightLimits);
        coinM.OrderLimits.ShouldBe(usdM.OrderLimits);
        VenueLimits.Defaults(BinanceVenue.CoinMFutures).ShouldBeSameAs(VenueLimits.Defaults(BinanceVenue.UsdMFutures));
    }
}
