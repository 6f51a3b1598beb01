using BinanceErrors.Http.Calls;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// COIN-M orders are reconciled as USDⓈ-M ones are (the logic is shared and runs against the USDⓈ-M sandbox in
/// <see cref="FuturesLateExecutionTests"/>), at COIN-M's own query: an order placed at <c>POST /dapi/v1/order</c>
/// always carries a client order id, and an unknown outcome is looked up at
/// <c>GET /dapi/v1/order?symbol=…&amp;origClientOrderId=…</c>, signed, by the pipeline and by journal recovery alike. The
/// end-to-end runs (late executions, crash recovery) wait for the COIN-M sandbox.
/// </summary>
public sealed class CoinMOrderLookupTests
{
    private static readonly Uri Dapi = new("https://dapi.binance.com/");

    [Fact]
    public void OrderWithoutClientId_GetsOne_AndIsLookedUpByItAtTheCoinMOrderQuery()
    {
        var core = Core(out var options);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Dapi, "/dapi/v1/order?symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=1"));

        var call = HttpCall.Capture(request, null, new RequestResolver(), core);
        var lookUp = call.LookUp();

        call.ClientOrderId.ShouldStartWith("be-");
        request.RequestUri!.Query.ShouldEndWith("&newClientOrderId=" + call.ClientOrderId);
        call.Symbol.ShouldBe("BTCUSD_PERP");
        lookUp.Request.Method.ShouldBe(HttpMethod.Get);
        lookUp.Request.RequestUri!.GetLeftPart(UriPartial.Path).ShouldBe("https://dapi.binance.com/dapi/v1/order");
        lookUp.Request.RequestUri.Query.ShouldBe("?symbol=BTCUSD_PERP&origClientOrderId=" + call.ClientOrderId);
        (lookUp.State.Signed, lookUp.State.Weight, lookUp.State.Endpoint.Intent).ShouldBe((true, 1, RequestIntent.Read), "GET /dapi/v1/order (USER_DATA) weighs 1");
        call.Intent(options.TimeProvider.GetUtcNow()).Path.ShouldBe("/dapi/v1/order");
    }

    [Fact]
    public void CancelByOrderId_IsConfirmedAtTheCoinMOrderQuery()
    {
        var core = Core(out _);
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(Dapi, "/dapi/v1/order?symbol=ETHUSD_PERP&orderId=42"));

        var call = HttpCall.Capture(request, null, new RequestResolver(), core);

        call.Endpoint.CancelsOrder.ShouldBeTrue();
        (call.OrderId, call.ClientOrderId).ShouldBe((42L, null));
        call.LookUp().Request.RequestUri!.PathAndQuery.ShouldBe("/dapi/v1/order?symbol=ETHUSD_PERP&orderId=42");
    }

    [Fact]
    public void JournalRecovery_LooksCoinMIntentsUpAtTheSameQuery()
    {
        var lookup = EndpointTable.Find(HttpMethod.Post, "/dapi/v1/order").Reconciliation;

        lookup.Request(BinanceVenue.CoinMFutures, isList: false, "BTCUSD_PERP", "be-abc", null)
            .ShouldBe(("/dapi/v1/order", "symbol=BTCUSD_PERP&origClientOrderId=be-abc"));
    }

    private static CallCore<HttpRequestMessage, HttpResponseMessage> Core(out BinanceClientOptions options)
    {
        options = new BinanceClientOptions { Venue = BinanceVenue.CoinMFutures, Credentials = BinanceCredentials.Hmac("key", "secret") };

        // Nothing is sent: the handler is only the send step the core would hand requests to.
        return HttpCore.Create(options, new BinanceLimitRegistry(), NullLogger.Instance, CallSteps.All, new BinanceLimitHandler(options), attachState: false);
    }
}
