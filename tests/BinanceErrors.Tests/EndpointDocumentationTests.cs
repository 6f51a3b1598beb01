using System.Text.RegularExpressions;

namespace BinanceErrors.Tests;

/// <summary>
/// Checks the endpoint table against the exchange's documentation: Fixtures/Docs/endpoint-docs.tsv (one row per endpoint,
/// built from the doc pages with their source) and the Spot spec note's weight list quoted verbatim.
/// </summary>
public sealed partial class EndpointDocumentationTests
{
    private sealed record DocumentedEndpoint(string Method, string Path, int? Weight, int? WithoutSymbol, string Security, RequestIntent? Intent, string Source)
    {
        public override string ToString() => Method + " " + Path;
    }

    private static readonly Lazy<IReadOnlyList<DocumentedEndpoint>> Documented = new(ReadDocumented);

    public static TheoryData<string, string> DocumentedRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Documented.Value)
        {
            data.Add(row.Method, row.Path);
        }

        return data;
    }

    [Fact]
    public void Fixture_CoversEveryEndpointOfTheTable_AndNothingElse()
    {
        var documented = Documented.Value.Select(r => r.ToString()).ToList();
        documented.Distinct().Count().ShouldBe(documented.Count);
        BinanceEndpoints.All.Select(e => e.ToString()).OrderBy(s => s, StringComparer.Ordinal)
            .ShouldBe(documented.OrderBy(s => s, StringComparer.Ordinal));
        Documented.Value.ShouldAllBe(r => r.Source.Length > 0);
    }

    [Theory]
    [MemberData(nameof(DocumentedRows))]
    public void Endpoint_MatchesItsDocumentationPage(string method, string path)
    {
        var doc = Documented.Value.Single(r => r.Method == method && r.Path == path);

        BinanceEndpoints.TryFind(method, path, out var endpoint).ShouldBeTrue(doc.Source);
        endpoint.Method.ShouldBe(method);
        endpoint.Path.ShouldBe(path);
        endpoint.ToString().ShouldBe(method + " " + path);

        // TRADE and USER_DATA need a signature; USER_STREAM (listenKey) needs only the API key; NONE is public.
        endpoint.Signed.ShouldBe(doc.Security is "TRADE" or "USER_DATA", $"{doc} is {doc.Security} ({doc.Source})");
        if (doc.Weight is { } weight)
        {
            endpoint.Weight.ShouldBe(weight, doc.Source);
            endpoint.WeightFor("symbol=BTCUSDT").ShouldBe(weight, doc.Source);
        }

        if (doc.WithoutSymbol is { } all)
        {
            endpoint.WeightFor(string.Empty).ShouldBe(all, doc.Source);
            endpoint.WeightFor((string?)null).ShouldBe(all, doc.Source);
        }
        else if (doc.Weight is { } fixedWeight)
        {
            // No documented all-symbols weight: leaving symbol out costs the same.
            endpoint.WeightFor(string.Empty).ShouldBe(fixedWeight, doc.Source);
        }

        if (doc.Intent is { } intent)
        {
            endpoint.Intent.ShouldBe(intent, doc.Source);
        }
    }

    [Fact]
    public void SpotSpecNote_WeightsMatchTheTable()
    {
        var note = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docs", "spot-spec-weights.txt"));
        var matches = SpecWeight().Matches(note);
        matches.Count.ShouldBeGreaterThanOrEqualTo(17);

        foreach (Match match in matches)
        {
            var method = match.Groups["method"].Value;
            var path = match.Groups["path"].Value;
            var weight = int.Parse(match.Groups["weight"].Value, System.Globalization.CultureInfo.InvariantCulture);
            BinanceEndpoints.TryFind(method, path, out var endpoint).ShouldBeTrue($"{method} {path}");
            endpoint.Weight.ShouldBe(weight, $"{method} {path}");
            if (match.Groups["all"].Success)
            {
                endpoint.WeightFor(string.Empty).ShouldBe(int.Parse(match.Groups["all"].Value, System.Globalization.CultureInfo.InvariantCulture), $"{method} {path} without symbol");
            }
        }

        // "all order-list placements 1"
        foreach (var placement in BinanceEndpoints.All.Where(e => e.Method == "POST" && e.Path.StartsWith("/api/v3/orderList/", StringComparison.Ordinal)))
        {
            placement.Weight.ShouldBe(1, placement.ToString());
        }

        // "(20 with `computeCommissionRates=true`)"
        BinanceEndpoints.TryFind("POST", "/api/v3/order/test", out var test).ShouldBeTrue();
        test.WeightFor("symbol=BTCUSDT&computeCommissionRates=true").ShouldBe(20);
    }

    // Spot "Order book": limit 1-100 → 5, 101-500 → 25, 501-1000 → 50, 1001-5000 → 250 (default 100).
    [Theory]
    [InlineData(1, 5)]
    [InlineData(100, 5)]
    [InlineData(101, 25)]
    [InlineData(500, 25)]
    [InlineData(501, 50)]
    [InlineData(1000, 50)]
    [InlineData(1001, 250)]
    [InlineData(5000, 250)]
    public void SpotDepth_EveryDocumentedBoundary(int limit, int weight)
    {
        BinanceEndpoints.TryFind("GET", "/api/v3/depth", out var depth).ShouldBeTrue();
        depth.WeightFor($"symbol=BTCUSDT&limit={limit}").ShouldBe(weight);
        depth.WeightFor(name => name switch { "symbol" => "BTCUSDT", "limit" => limit.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => null }).ShouldBe(weight);
    }

    // USDⓈ-M "Order Book": limit 5, 10, 20, 50 → 2; 100 → 5; 500 → 10; 1000 → 20 (default 500).
    [Theory]
    [InlineData(null, 10)]
    [InlineData("5", 2)]
    [InlineData("10", 2)]
    [InlineData("20", 2)]
    [InlineData("50", 2)]
    [InlineData("100", 5)]
    [InlineData("500", 10)]
    [InlineData("1000", 20)]
    [InlineData("abc", 10)]
    [InlineData("-5", 10)]
    public void FuturesDepth_EveryDocumentedLimit(string? limit, int weight)
    {
        BinanceEndpoints.TryFind("GET", "/fapi/v1/depth", out var depth).ShouldBeTrue();
        depth.WeightFor(limit is null ? "symbol=BTCUSDT" : $"symbol=BTCUSDT&limit={limit}").ShouldBe(weight);
    }

    // USDⓈ-M "Kline/Candlestick Data": LIMIT [1,100) → 1, [100,500) → 2, [500,1000] → 5, > 1000 → 10 (default 500).
    [Theory]
    [InlineData(null, 5)]
    [InlineData("1", 1)]
    [InlineData("99", 1)]
    [InlineData("100", 2)]
    [InlineData("499", 2)]
    [InlineData("500", 5)]
    [InlineData("1000", 5)]
    [InlineData("1001", 10)]
    [InlineData("1500", 10)]
    public void FuturesKlines_WeightFollowsTheLimit(string? limit, int weight)
    {
        BinanceEndpoints.TryFind("GET", "/fapi/v1/klines", out var klines).ShouldBeTrue();
        klines.WeightFor(limit is null ? "symbol=BTCUSDT&interval=1m" : $"symbol=BTCUSDT&interval=1m&limit={limit}").ShouldBe(weight);
    }

    // COIN-M "Order Book" (limit 5, 10, 20, 50 → 2; 100 → 5; 500 → 10; 1000 → 20; default 500) and "Kline/Candlestick
    // Data" (LIMIT [1,100) → 1, [100,500) → 2, [500,1000] → 5, > 1000 → 10; default 500): the USDⓈ-M tables.
    [Theory]
    [InlineData("/dapi/v1/depth", null, 10)]
    [InlineData("/dapi/v1/depth", "5", 2)]
    [InlineData("/dapi/v1/depth", "50", 2)]
    [InlineData("/dapi/v1/depth", "100", 5)]
    [InlineData("/dapi/v1/depth", "500", 10)]
    [InlineData("/dapi/v1/depth", "1000", 20)]
    [InlineData("/dapi/v1/klines", null, 5)]
    [InlineData("/dapi/v1/klines", "99", 1)]
    [InlineData("/dapi/v1/klines", "100", 2)]
    [InlineData("/dapi/v1/klines", "500", 5)]
    [InlineData("/dapi/v1/klines", "1000", 5)]
    [InlineData("/dapi/v1/klines", "1001", 10)]
    public void CoinMDepthAndKlines_WeightFollowsTheLimit(string path, string? limit, int weight)
    {
        BinanceEndpoints.TryFind("GET", path, out var endpoint).ShouldBeTrue();
        endpoint.WeightFor(limit is null ? "symbol=BTCUSD_PERP&interval=1m" : $"symbol=BTCUSD_PERP&interval=1m&limit={limit}").ShouldBe(weight);
    }

    // Spot "Account trade list": without orderId 20, with orderId 5.
    [Theory]
    [InlineData("symbol=BTCUSDT", 20)]
    [InlineData("symbol=BTCUSDT&orderId=42", 5)]
    [InlineData("orderId=42&symbol=BTCUSDT", 5)]
    public void SpotMyTrades_WeightFollowsOrderId(string query, int weight)
    {
        BinanceEndpoints.TryFind("GET", "/api/v3/myTrades", out var trades).ShouldBeTrue();
        trades.WeightFor(query).ShouldBe(weight);
    }

    // Spot "Test new order": without computeCommissionRates 1, with it 20.
    [Theory]
    [InlineData("symbol=BTCUSDT&side=BUY", 1)]
    [InlineData("symbol=BTCUSDT&computeCommissionRates=true", 20)]
    [InlineData("symbol=BTCUSDT&computeCommissionRates=false", 1)]
    public void SpotTestOrder_WeightFollowsComputeCommissionRates(string query, int weight)
    {
        BinanceEndpoints.TryFind("POST", "/api/v3/order/test", out var test).ShouldBeTrue();
        test.WeightFor(query).ShouldBe(weight);
    }

    // Query parsing as an HTTP query string is sent: leading '?', keys without '=', percent-escapes and '+' for space.
    [Theory]
    [InlineData("?symbol=BTCUSDT&limit=1000", 50)]
    [InlineData("??symbol=BTCUSDT&limit=1000", 50)]
    [InlineData("symbol=BTCUSDT&&limit=1000&", 50)]
    [InlineData("symbol=BTCUSDT&lim%69t=1000", 50)]
    [InlineData("symbol=BTCUSDT&limit=1%30%30%30", 50)]
    [InlineData("symbol=BTCUSDT&limit", 5)]
    [InlineData("symbol=BTCUSDT&limit=", 5)]
    [InlineData("symbol=BTCUSDT&limit=+1000", 5)]
    [InlineData("symbol=BTCUSDT&xlimit=1000", 5)]
    [InlineData("symbol=BTCUSDT&limit=1000&limit=5000", 50)]
    [InlineData("symbol=BTCUSDT&=1000", 5)]
    public void Query_IsParsedAsSent(string query, int weight)
    {
        BinanceEndpoints.TryFind("GET", "/api/v3/depth", out var depth).ShouldBeTrue();
        depth.WeightFor(query).ShouldBe(weight);
    }

    [Theory]
    [InlineData("symbol", 6)]
    [InlineData("symbol=", 6)]
    [InlineData("sym%62ol=BTCUSDT", 6)]
    [InlineData("?symbol=BTCUSDT", 6)]
    [InlineData("symbols=%5B%22BTCUSDT%22%5D", 80)]
    [InlineData("?", 80)]
    public void Query_SymbolPresence_DecidesTheAllSymbolsWeight(string query, int weight)
    {
        BinanceEndpoints.TryFind("GET", "/api/v3/openOrders", out var open).ShouldBeTrue();
        open.WeightFor(query).ShouldBe(weight);
    }

    [Fact]
    public void WeightFor_GivesTheParameterLookupTheDecodedValue()
    {
        BinanceEndpoints.TryFind("GET", "/api/v3/depth", out var depth).ShouldBeTrue();
        var seen = new List<(string Name, string? Value)>();
        depth.WeightFor(name =>
        {
            var value = name == "limit" ? "500" : null;
            seen.Add((name, value));
            return value;
        }).ShouldBe(25);
        seen.ShouldContain(("limit", "500"));
    }

    [Fact]
    public void ArgumentChecks_NameTheArgument()
    {
        Should.Throw<ArgumentNullException>(() => BinanceEndpoints.TryFind(null!, "/api/v3/depth", out _)).ParamName.ShouldBe("method");
        Should.Throw<ArgumentNullException>(() => BinanceEndpoints.TryFind("GET", null!, out _)).ParamName.ShouldBe("path");
        BinanceEndpoints.TryFind("GET", "/api/v3/depth", out var depth).ShouldBeTrue();
        Should.Throw<ArgumentNullException>(() => depth.WeightFor((Func<string, string?>)null!)).ParamName.ShouldBe("parameter");
    }

    private static List<DocumentedEndpoint> ReadDocumented()
    {
        var rows = new List<DocumentedEndpoint>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docs", "endpoint-docs.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            cells.Length.ShouldBe(7, line);
            rows.Add(new DocumentedEndpoint(
                cells[0],
                cells[1],
                Number(cells[2]),
                Number(cells[3]),
                cells[4],
                cells[5] == "-" ? null : Enum.Parse<RequestIntent>(cells[5]),
                cells[6]));
        }

        return rows;

        static int? Number(string cell) => cell == "-" ? null : int.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"`(?<method>GET|POST|PUT|DELETE) (?<path>/api/v3/[A-Za-z/]+)` (?<weight>\d+)(?:\s+\((?<all>\d+) without symbol\))?")]
    private static partial Regex SpecWeight();
}
