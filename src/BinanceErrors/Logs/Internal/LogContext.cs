using System.Buffers;

namespace BinanceErrors.Logs.Internal;

/// <summary>
/// What the lines say about the venue and the request, remembered for <see cref="Window"/> lines: a traceback or a
/// request log line names the host, the path or the call a few lines before the error line itself.
/// </summary>
internal sealed class LogContext
{
    /// <summary>How many lines evidence from a line stays valid for the lines after it.</summary>
    public const int Window = 30;

    // Lines without any of these are not looked at further: the check costs one vectorized search per line.
    private static readonly SearchValues<string> Anchors = SearchValues.Create(
        ["binance", "fapi", "dapi", "/api/", "\\/api\\/", "sapi", "futures", "perpetual", "usdm", "coinm", "order", "create", "submit", "cancel"],
        StringComparison.OrdinalIgnoreCase);

    // Every search below is a SearchValues: string.Contains(…, OrdinalIgnoreCase) falls back to a character-by-character
    // loop when the app runs with InvariantGlobalization (the CLI does), which took 85 % of a scan's time.

    /// <summary>Lines with none of these name no venue: every host, path and library below holds one of them.</summary>
    // Stryker disable once String : a pre-check; an emptied hint only lets every line through to the rules below, each of which needs a text holding a hint
    private static readonly SearchValues<string> VenueHints = SearchValues.Create(
        ["binance", "futures", "usdmclient", "coinmclient", "api/", "api\\"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> UsdMHost = Word("fapi.binance");
    private static readonly SearchValues<string> CoinMHost = Word("dapi.binance");
    private static readonly SearchValues<string> FuturesTestnetHost = Word("binancefuture.com");
    private static readonly SearchValues<string> UsHost = Word("binance.us");
    private static readonly SearchValues<string> SpotHosts = SearchValues.Create(["binance.com", "binance.vision"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> FapiSegment = Word("fapi");
    private static readonly SearchValues<string> DapiSegment = Word("dapi");
    // Stryker disable once String : read only beside the test for "/api/v3" (or its escaped form), which holds an "api" segment; an emptied one is found there too
    private static readonly SearchValues<string> ApiSegment = Word("api");
    private static readonly SearchValues<string> SapiSegment = Word("sapi");

    private static readonly (SearchValues<string> Token, int Length, BinanceVenue Venue)[] Libraries = Tokens(
    [
        ("binanceusdm", BinanceVenue.UsdMFutures),
        ("binancecoinm", BinanceVenue.CoinMFutures),
        ("UMFutures", BinanceVenue.UsdMFutures),
        ("CMFutures", BinanceVenue.CoinMFutures),
        ("binance_perpetual", BinanceVenue.UsdMFutures),
        ("BinancePerpetual", BinanceVenue.UsdMFutures),
        ("UsdFutures", BinanceVenue.UsdMFutures),
        ("CoinFutures", BinanceVenue.CoinMFutures),
        ("FuturesUsdt", BinanceVenue.UsdMFutures),
        ("FuturesCoin", BinanceVenue.CoinMFutures),
        ("USDMClient", BinanceVenue.UsdMFutures),
        ("CoinMClient", BinanceVenue.CoinMFutures),
        ("futures_coin_", BinanceVenue.CoinMFutures),
        ("futures_", BinanceVenue.UsdMFutures),
        ("binanceus", BinanceVenue.BinanceUs),
    ]);

    private static readonly (SearchValues<string> Token, int Length, RequestIntent Intent)[] Calls = Tokens(
    [
        ("cancel_order", RequestIntent.CancelOrder),
        ("cancelorder", RequestIntent.CancelOrder),
        ("cancel_all", RequestIntent.CancelOrder),
        ("cancelallorders", RequestIntent.CancelOrder),
        // Stryker disable once String : a line that reaches the Calls loop holds a call and no cancelling one answered first, so an emptied placing call still answers PlaceOrder
        ("create_order", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("createorder", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("create_limit", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("create_market", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("create_stop", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("order_limit", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("order_market", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("new_order", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("neworder", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("placeorder", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("place_order", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("post_order", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("submit_order", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("could not create", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("failed to submit", RequestIntent.PlaceOrder),
        // Stryker disable once String : as for create_order above
        ("createorderservice", RequestIntent.PlaceOrder),
    ]);

    /// <summary>Any of <see cref="Lookups"/> and <see cref="Calls"/>: one search tells a line without a call from the rest.</summary>
    // Stryker disable once String : a pre-check; an emptied text only lets every line through to Lookups and Calls, which are searched again
    private static readonly SearchValues<string> AnyLookupOrCall = SearchValues.Create(
        ["fetch_order", "fetchorder", "get_order", "getorder", "query_order", "queryorder", "fetch_open_orders", "fetchopenorders",
         "get_open_orders", "getopenorders", "origclientorderid", "openorders", "allorders", "order_status", "orderstatus",
         "cancel_order", "cancelorder", "cancel_all", "cancelallorders", "create_order", "createorder", "create_limit", "create_market", "create_stop",
         "order_limit", "order_market", "new_order", "neworder", "placeorder", "place_order", "post_order", "submit_order", "could not create",
         "failed to submit", "createorderservice"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Calls and parameters that look an order up: after an unknown outcome, one of these means the bot checked.</summary>
    private static readonly SearchValues<string> Lookups = SearchValues.Create(
    [
        "fetch_order", "fetchorder", "get_order", "getorder", "query_order", "queryorder", "fetch_open_orders", "fetchopenorders",
        "get_open_orders", "getopenorders", "origclientorderid", "openorders", "allorders", "order_status", "orderstatus",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> OrderWord = Word("order");
    private static readonly SearchValues<string> CancelWord = Word("cancel");
    private static readonly SearchValues<string> PlaceWords = SearchValues.Create(["creat", "placing"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> OrderPathWords = SearchValues.Create(["batchOrders", "/order/"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] Methods = ["POST", "DELETE", "PUT", "GET"];

    private (BinanceVenue Venue, LogVenueSource Source, long Line) _venue = (BinanceVenue.Spot, LogVenueSource.Default, long.MinValue / 2);
    private (RequestIntent Intent, long Line) _intent = (RequestIntent.Unspecified, long.MinValue / 2);

    /// <summary>Whether the last observed line looks an order up.</summary>
    public bool LineIsLookup { get; private set; }

    /// <summary>Reads a line's evidence into the context.</summary>
    public void Observe(ReadOnlySpan<char> line, long number)
    {
        LineIsLookup = false;
        if (line.IndexOfAny(Anchors) < 0)
        {
            return;
        }

        if (FindVenue(line) is { } venue)
        {
            _venue = (venue.Venue, venue.Source, number);
        }

        if (FindIntent(line, out var lookup) is { } intent)
        {
            _intent = (intent, number);
        }

        LineIsLookup = lookup;
    }

    /// <summary>The venue evidence for line <paramref name="number"/> (its own or from the lines shortly before), if any, and the line it is from.</summary>
    public (BinanceVenue Venue, LogVenueSource Source, long Line)? VenueFor(long number) =>
        number - _venue.Line <= Window ? _venue : null;

    /// <summary>What the request of line <paramref name="number"/> did, if it or the lines shortly before say.</summary>
    public RequestIntent IntentFor(long number) =>
        number - _intent.Line <= Window ? _intent.Intent : RequestIntent.Unspecified;

    private static (BinanceVenue Venue, LogVenueSource Source)? FindVenue(ReadOnlySpan<char> line)
    {
        // Stryker disable once Block,Statement : without this early return every rule below still needs a text holding a hint, so the line names no venue either way
        if (!line.ContainsAny(VenueHints))
        {
            return null;
        }

        var futuresTestnet = line.ContainsAny(FuturesTestnetHost);
        if (line.ContainsAny(UsdMHost) || futuresTestnet && !HasPath(line, DapiSegment, 4))
        {
            return (BinanceVenue.UsdMFutures, LogVenueSource.Host);
        }

        if (line.ContainsAny(CoinMHost) || futuresTestnet)
        {
            return (BinanceVenue.CoinMFutures, LogVenueSource.Host);
        }

        var us = line.IndexOfAny(UsHost);
        if (us >= 0 && (us + 10 == line.Length || !char.IsLetter(line[us + 10])))
        {
            return (BinanceVenue.BinanceUs, LogVenueSource.Host);
        }

        if (line.ContainsAny(SpotHosts))
        {
            // A spot host with a futures path (testnet, proxies) is the path's.
            return HasPath(line, FapiSegment, 4) ? (BinanceVenue.UsdMFutures, LogVenueSource.Path)
                : HasPath(line, DapiSegment, 4) ? (BinanceVenue.CoinMFutures, LogVenueSource.Path)
                : (BinanceVenue.Spot, LogVenueSource.Host);
        }

        if (HasPath(line, FapiSegment, 4))
        {
            return (BinanceVenue.UsdMFutures, LogVenueSource.Path);
        }

        if (HasPath(line, DapiSegment, 4))
        {
            return (BinanceVenue.CoinMFutures, LogVenueSource.Path);
        }

        foreach (var (token, length, venue) in Libraries)
        {
            var at = line.IndexOfAny(token);
            if (at >= 0 && (at == 0 || !char.IsLetter(line[at - 1])))
            {
                if (venue == BinanceVenue.BinanceUs && at + length < line.Length && char.IsLetter(line[at + length]))
                {
                    continue;
                }

                return (venue, LogVenueSource.Library);
            }
        }

        if (HasPath(line, ApiSegment, 3) && (line.Contains("/api/v3", StringComparison.Ordinal) || line.Contains("\\/api\\/v3", StringComparison.Ordinal)) || HasPath(line, SapiSegment, 4))
        {
            return (BinanceVenue.Spot, LogVenueSource.Path);
        }

        return null;
    }

    /// <summary>"/fapi/", "\/fapi\/" (escaped JSON) or "fapi/v1" as a path segment (<paramref name="length"/> characters long).</summary>
    private static bool HasPath(ReadOnlySpan<char> line, SearchValues<string> segment, int length)
    {
        var from = 0;
        while (from < line.Length)
        {
            var at = line[from..].IndexOfAny(segment);
            if (at < 0)
            {
                return false;
            }

            at += from;
            from = at + 1;
            var end = at + length;
            if (at > 0 && line[at - 1] is '/' or '\\' && end < line.Length && line[end] is '/' or '\\')
            {
                return true;
            }
        }

        return false;
    }

    private static RequestIntent? FindIntent(ReadOnlySpan<char> line, out bool lookup)
    {
        lookup = false;
        foreach (var method in Methods)
        {
            var at = line.IndexOf(method, StringComparison.Ordinal);
            if (at < 0 || at > 0 && char.IsLetter(line[at - 1]) || at + method.Length < line.Length && char.IsLetter(line[at + method.Length]))
            {
                continue;
            }

            var path = PathAfter(line[(at + method.Length)..]);
            if (path.IsEmpty)
            {
                continue;
            }

            var intent = BinanceEndpoints.TryFind(method, path, out var endpoint) ? endpoint!.Intent
                : method == "GET" ? RequestIntent.Read
                : path.EndsWith("/order", StringComparison.OrdinalIgnoreCase) || path.ContainsAny(OrderPathWords)
                    ? method == "DELETE" ? RequestIntent.CancelOrder : RequestIntent.PlaceOrder
                : RequestIntent.OtherWrite;
            lookup = method == "GET" && path.Contains("rder", StringComparison.Ordinal);
            return intent;
        }

        if (line.ContainsAny(AnyLookupOrCall))
        {
            if (line.ContainsAny(Lookups))
            {
                lookup = true;
                return RequestIntent.Read;
            }

            foreach (var (token, _, intent) in Calls)
            {
                if (line.ContainsAny(token))
                {
                    return intent;
                }
            }
        }

        // Words last: "Creating AVAX-USDT buy order", "Canceling the limit order", "order create error".
        if (line.ContainsAny(OrderWord))
        {
            if (line.ContainsAny(CancelWord))
            {
                return RequestIntent.CancelOrder;
            }

            if (line.ContainsAny(PlaceWords))
            {
                return RequestIntent.PlaceOrder;
            }
        }

        return null;
    }

    /// <summary>The path of the URL or path right after a method: "POST https://fapi.binance.com/fapi/v1/order?x=1" gives "/fapi/v1/order".</summary>
    private static ReadOnlySpan<char> PathAfter(ReadOnlySpan<char> rest)
    {
        var k = 0;
        while (k < rest.Length && rest[k] is ' ' or '"' or '\'' or '`' or ':' or '=')
        {
            k++;
        }

        var token = rest[k..];
        var end = token.IndexOfAny(" \"'`?,)");
        if (end >= 0)
        {
            token = token[..end];
        }

        var scheme = token.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = token[(scheme + 3)..].IndexOf('/');
            token = slash < 0 ? default : token[(scheme + 3 + slash)..];
        }

        token = token.TrimEnd('.');
        return token.Length > 1 && token[0] == '/' ? token : default;
    }

    private static SearchValues<string> Word(string text) => SearchValues.Create([text], StringComparison.OrdinalIgnoreCase);

    private static (SearchValues<string> Token, int Length, T Value)[] Tokens<T>((string Token, T Value)[] tokens) =>
        [.. tokens.Select(t => (Word(t.Token), t.Token.Length, t.Value))];
}
