using BinanceErrors.Logs;
using BinanceErrors.Logs.Internal;

namespace BinanceErrors.Tests.Logs;

/// <summary>
/// What a line says about the venue (host, path, library) and the request (method and path, a client call, words),
/// and how long the scanner remembers it: the hosts and paths of Binance's documentation, the libraries' class and
/// module names, and look-alikes that name none.
/// </summary>
public sealed class LogContextTests
{
    [Theory]
    // Hosts (the API documentation's base URLs; Binance.US; the futures testnet with its two path families).
    [InlineData("POST https://fapi.binance.com/fapi/v1/order", "UsdMFutures Host")]
    [InlineData("GET https://dapi.binance.com/dapi/v1/order", "CoinMFutures Host")]
    [InlineData("POST https://testnet.binancefuture.com/fapi/v1/order", "UsdMFutures Host")]
    [InlineData("POST https://testnet.binancefuture.com/dapi/v1/order", "CoinMFutures Host")]
    [InlineData("wss://testnet.binancefuture.com/ws-fapi/v1", "UsdMFutures Host")]
    [InlineData("https://api.binance.us/api/v3/order", "BinanceUs Host")]
    [InlineData("connected to api.binance.us", "BinanceUs Host")]
    [InlineData("binance.us: connected", "BinanceUs Host")]
    [InlineData("https://api.binance.com/api/v3/order", "Spot Host")]
    [InlineData("https://testnet.binance.vision/api/v3/order", "Spot Host")]
    // A Spot host with a futures path (a proxy or an old testnet) is the path's.
    [InlineData("https://api.binance.com/fapi/v1/order", "UsdMFutures Path")]
    [InlineData("https://api.binance.com/dapi/v1/order", "CoinMFutures Path")]
    [InlineData("https://api.binance.com/fapi", "Spot Host")]
    // Paths alone, plain or in escaped JSON.
    [InlineData("POST /fapi/v1/order", "UsdMFutures Path")]
    [InlineData("DELETE /dapi/v1/order", "CoinMFutures Path")]
    [InlineData("\"_url\":\"https:\\/\\/example.org\\/fapi\\/v1\\/order\"", "UsdMFutures Path")]
    [InlineData("GET /api/v3/depth", "Spot Path")]
    [InlineData("\"_url\":\"https:\\/\\/example.org\\/api\\/v3\\/account\"", "Spot Path")]
    [InlineData("GET /sapi/v1/capital/config/getall", "Spot Path")]
    // Libraries: ccxt's classes, the connectors' clients, hummingbot's connectors, python-binance's futures_ calls.
    [InlineData("ccxt.binanceusdm createOrder failed", "UsdMFutures Library")]
    [InlineData("ccxt.binancecoinm createOrder failed", "CoinMFutures Library")]
    [InlineData("binance.um_futures.UMFutures: error", "UsdMFutures Library")]
    [InlineData("binance.cm_futures.CMFutures: error", "CoinMFutures Library")]
    [InlineData("hummingbot.connector.derivative.binance_perpetual error", "UsdMFutures Library")]
    [InlineData("BinancePerpetualDerivative error", "UsdMFutures Library")]
    [InlineData("Binance.Net UsdFuturesApi error", "UsdMFutures Library")]
    [InlineData("Binance.Net CoinFuturesApi error", "CoinMFutures Library")]
    [InlineData("FuturesUsdt.Order error", "UsdMFutures Library")]
    [InlineData("FuturesCoin.Order error", "CoinMFutures Library")]
    [InlineData("USDMClient error", "UsdMFutures Library")]
    [InlineData("CoinMClient error", "CoinMFutures Library")]
    [InlineData("client.futures_coin_create_order failed", "CoinMFutures Library")]
    [InlineData("client.futures_create_order failed", "UsdMFutures Library")]
    [InlineData("ccxt.binanceus fetchBalance failed", "BinanceUs Library")]
    [InlineData("binanceus", "BinanceUs Library")]
    // Look-alikes: a library name inside a longer word, binance.us as the start of a longer name, other paths.
    [InlineData("ccxt.binanceusx failed", "none")]
    [InlineData("see binance.usdt", "none")]
    [InlineData("myUMFutures error", "none")]
    [InlineData("GET /api/v1/ping", "none")]
    [InlineData("GET /api/v1/time/x", "none")]
    [InlineData("GET api/v3/ping", "none")]
    [InlineData("GET /api", "none")]
    [InlineData("GET /api/v3", "Spot Path")]
    [InlineData("GET /myfapi/v1/x", "none")]
    [InlineData("GET fapi/v1/x", "none")]
    [InlineData("fapi/v1/order", "none")]
    [InlineData("GET /fapi", "none")]
    [InlineData("futures market closed", "none")]
    [InlineData("order placed", "none")]
    [InlineData("nothing at all", "none")]
    public void Observe_FindsTheVenueALineNames(string line, string expected)
    {
        var context = new LogContext();

        context.Observe(line, 1);

        (context.VenueFor(1) is { } venue ? $"{venue.Venue} {venue.Source}" : "none").ShouldBe(expected);
    }

    [Theory]
    // Method and path, known to the endpoint table.
    [InlineData("POST https://api.binance.com/api/v3/order?symbol=BTCUSDT", "PlaceOrder")]
    [InlineData("DELETE https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT", "CancelOrder")]
    [InlineData("GET https://api.binance.com/api/v3/order?symbol=BTCUSDT&origClientOrderId=abc", "Read lookup")]
    [InlineData("GET /api/v3/depth", "Read")]
    // hummingbot (https://github.com/hummingbot/hummingbot/pull/6584): the URL ends the sentence.
    [InlineData("OSError: Error executing request POST https://fapi.binance.com/fapi/v1/order. HTTP status is 400.", "PlaceOrder")]
    [InlineData("method=\"POST\" '/api/v3/order'", "PlaceOrder")]
    [InlineData("method=\"POST\" url='/api/v3/order'", "none")]
    [InlineData("`POST /api/v3/order`", "PlaceOrder")]
    [InlineData("POST: /api/v3/order", "PlaceOrder")]
    // Paths the table does not know: by method and the path's last segment.
    [InlineData("POST /v9/order", "PlaceOrder")]
    [InlineData("DELETE /v9/order", "CancelOrder")]
    [InlineData("POST /v9/batchOrders", "PlaceOrder")]
    [InlineData("DELETE /v9/batchOrders", "CancelOrder")]
    [InlineData("POST /v9/order/oco", "PlaceOrder")]
    [InlineData("PUT /api/v9/listenKey", "OtherWrite")]
    [InlineData("POST /v9/orders", "OtherWrite")]
    [InlineData("GET /api/v9/anything", "Read")]
    // A line with no anchor (no Binance, API path, order or call word) is not read.
    [InlineData("GET /v9/anything", "none")]
    [InlineData("GET /v9/myOrders", "Read lookup")]
    // A method that is part of a word, or has no path after it, says nothing; the next method may.
    [InlineData("TARGET /v9/order", "none")]
    [InlineData("POSTED /v9/order", "none")]
    [InlineData("order then POST", "none")]
    [InlineData("POST failed, GET /api/v3/depth", "Read")]
    [InlineData("POST https://api.binance.com", "none")]
    [InlineData("POST /", "none")]
    [InlineData("POST / for the order", "none")]
    [InlineData("POST x/order", "none")]
    // Client calls: lookups first, then creating and cancelling.
    [InlineData("exchange.fetch_order('123', 'BTC/USDT')", "Read lookup")]
    [InlineData("client.get_open_orders(symbol='BTCUSDT')", "Read lookup")]
    [InlineData("client.cancel_order(symbol='BTCUSDT')", "CancelOrder")]
    [InlineData("exchange.create_order('BTC/USDT')", "PlaceOrder")]
    [InlineData("client.order_market_buy(symbol='BTCUSDT')", "PlaceOrder")]
    [InlineData("Could not create limit sell order on market LTC/BTC.", "PlaceOrder")]
    [InlineData("cancel_all and create_order", "CancelOrder")]
    // Words last: freqtrade's and others' sentences.
    [InlineData("Creating AVAX-USDT buy order", "PlaceOrder")]
    [InlineData("Placing a limit order", "PlaceOrder")]
    [InlineData("Canceling the limit order", "CancelOrder")]
    [InlineData("order create error", "PlaceOrder")]
    [InlineData("order filled", "none")]
    [InlineData("cancel everything", "none")]
    [InlineData("nothing at all", "none")]
    public void Observe_FindsWhatTheRequestDid(string line, string expected)
    {
        var context = new LogContext();

        context.Observe(line, 1);

        var intent = context.IntentFor(1);
        var shown = intent == RequestIntent.Unspecified ? "none" : intent + (context.LineIsLookup ? " lookup" : string.Empty);
        shown.ShouldBe(expected);
    }

    [Fact]
    public void Evidence_HoldsForThirtyLines_AndALaterLineReplacesIt()
    {
        var context = new LogContext();
        context.Observe("POST https://fapi.binance.com/fapi/v1/order", 10);

        context.VenueFor(10).ShouldBe((BinanceVenue.UsdMFutures, LogVenueSource.Host, 10L));
        context.VenueFor(40).ShouldBe((BinanceVenue.UsdMFutures, LogVenueSource.Host, 10L));
        context.VenueFor(41).ShouldBeNull();
        context.IntentFor(40).ShouldBe(RequestIntent.PlaceOrder);
        context.IntentFor(41).ShouldBe(RequestIntent.Unspecified);

        context.Observe("GET https://dapi.binance.com/dapi/v1/order", 20);

        context.VenueFor(50).ShouldBe((BinanceVenue.CoinMFutures, LogVenueSource.Host, 20L));
        context.IntentFor(50).ShouldBe(RequestIntent.Read);
    }

    [Fact]
    public void ALineWithoutEvidence_KeepsTheEarlierOne_AndIsNoLookup()
    {
        var context = new LogContext();
        context.Observe("GET https://api.binance.com/api/v3/order?origClientOrderId=abc", 1);
        context.LineIsLookup.ShouldBeTrue();

        context.Observe("2024-03-01 10:00:00 INFO tick", 2);

        context.LineIsLookup.ShouldBeFalse();
        context.VenueFor(2).ShouldBe((BinanceVenue.Spot, LogVenueSource.Host, 1L));
        context.IntentFor(2).ShouldBe(RequestIntent.Read);

        // A line with an anchor but no evidence also leaves both as they were.
        context.Observe("order filled", 3);
        context.LineIsLookup.ShouldBeFalse();
        context.VenueFor(3).ShouldBe((BinanceVenue.Spot, LogVenueSource.Host, 1L));
        context.IntentFor(3).ShouldBe(RequestIntent.Read);
    }

    [Fact]
    public void ANewContext_HasNoEvidence()
    {
        var context = new LogContext();

        context.VenueFor(1).ShouldBeNull();
        context.IntentFor(1).ShouldBe(RequestIntent.Unspecified);
        context.LineIsLookup.ShouldBeFalse();
    }
}
