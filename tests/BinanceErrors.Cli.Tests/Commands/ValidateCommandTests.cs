namespace BinanceErrors.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    private static readonly string[] ValidLimit = ["validate", "--symbol", "BTCUSDT", "--side", "BUY", "--type", "LIMIT", "--time-in-force", "GTC", "--price", "30000.01", "--quantity", "0.001"];

    [Fact]
    public void ValidOrder_ExitsZero_AndListsWhatWasNotChecked()
    {
        var run = CliRun.Of([.. ValidLimit, "--reference-price", "30000", "--json"]);

        run.ExitCode.ShouldBe(0);
        var json = run.Json();
        json.GetProperty("valid").GetBoolean().ShouldBeTrue();
        json.GetProperty("notChecked").EnumerateArray().Select(e => e.GetString()).ShouldBe(["MAX_NUM_ORDERS", "EXCHANGE_MAX_NUM_ORDERS"]);
    }

    [Fact]
    public void RejectedOrder_ExitsOne_WithTheExchangesCodeAndMessage()
    {
        var run = CliRun.Of([.. ValidLimit[..^1], "0.000015", "--json"]);

        run.ExitCode.ShouldBe(1);
        var json = run.Json();
        json.GetProperty("valid").GetBoolean().ShouldBeFalse();
        json.GetProperty("rejection").GetProperty("code").GetInt32().ShouldBe(-1013);
        json.GetProperty("rejection").GetProperty("message").GetString().ShouldBe("Filter failure: LOT_SIZE");
        json.GetProperty("rejection").GetProperty("filter").GetString().ShouldBe("LOT_SIZE");
    }

    [Fact]
    public void Normalize_ReportsChanges_AndValidatesTheNormalizedOrder()
    {
        var run = CliRun.Of("validate", "--symbol", "BTCUSDT", "--side", "SELL", "--type", "LIMIT", "--time-in-force", "GTC", "--price", "30000.011", "--quantity", "0.0001", "--reference-price", "30000", "--normalize", "--lift", "--json");

        run.ExitCode.ShouldBe(0);
        var json = run.Json();
        json.GetProperty("order").GetProperty("price").GetString().ShouldBe("30000.02");
        json.GetProperty("order").GetProperty("quantity").GetString().ShouldBe("0.00017");
        json.GetProperty("changes").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void Table_SaysRejectedAndWhatToDo()
    {
        var run = CliRun.Of("validate", "--symbol", "LUNAUSDT", "--side", "BUY", "--type", "LIMIT", "--time-in-force", "GTC", "--price", "1", "--quantity", "10");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("REJECTED: -2010 NEW_ORDER_REJECTED: Market is closed.");
    }

    [Fact]
    public void Jsonl_OneObjectPerLine_ErrorsForBadLines_ExitTwo()
    {
        var input = string.Join('\n',
            """{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"30000.01","quantity":"0.001","referencePrice":"30000"}""",
            "not json",
            """{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"30000.015","quantity":"0.001"}""",
            """{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","referencePrice":"thirty"}""");

        var run = CliRun.WithInput(input, "validate", "--jsonl");

        run.ExitCode.ShouldBe(2);
        var lines = run.JsonLines();
        lines.Count.ShouldBe(4);
        lines[0].GetProperty("valid").GetBoolean().ShouldBeTrue();
        lines[1].GetProperty("error").GetString()!.ShouldStartWith("line 2: not a JSON object");
        lines[2].GetProperty("rejection").GetProperty("message").GetString().ShouldBe("Filter failure: PRICE_FILTER");
        lines[3].GetProperty("error").GetString().ShouldBe("line 4: 'thirty' is not a decimal number (referencePrice).");
    }

    [Fact]
    public void Jsonl_AllValidOrRejected_ExitsOne()
    {
        var input = """{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"30000.015","quantity":"0.001"}""";

        CliRun.WithInput(input, "validate", "--jsonl").ExitCode.ShouldBe(1);
    }

    [Theory]
    [InlineData("--exchange-info", "/nonexistent/exchangeInfo.json", "binance-errors: --exchange-info: '/nonexistent/exchangeInfo.json' does not exist.")]
    [InlineData("--reference-price", "abc", "binance-errors: 'abc' is not a decimal number (--reference-price).")]
    [InlineData("--venue", "mars", "binance-errors: Unknown venue 'mars'. Valid venues: spot, usdm, coinm, us.")]
    [InlineData("--mark-price", "30000", "binance-errors: --mark-price is not market context of spot. Valid context fields: referencePrice, averagePrice, lastPrice, bestBid, bestAsk, openOrders, openAlgoOrders, openIcebergOrders, position.")]
    [InlineData("--dual-side-position", "true", "binance-errors: --dual-side-position is not market context of spot.")]
    public void BadInput_ExitsTwo(string option, string value, string message)
    {
        var run = CliRun.Of([.. ValidLimit, option, value]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith(message);
    }

    [Fact]
    public void MalformedExchangeInfoFile_ExitsTwo_NamingThePath()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{"symbols":[{"symbol":"BTCUSDT","filters":[{"filterType":"PRICE_FILTER","minPrice":"x","maxPrice":"1","tickSize":"1"}]}]}""");
            var run = CliRun.Of([.. ValidLimit, "--exchange-info", file]);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain("minPrice must be a decimal string");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("4", true)]
    [InlineData("5", false)]
    public void OpenAlgoOrders_IsSpotContextToo_AndChecksMaxNumAlgoOrders(string open, bool valid)
    {
        // BTCUSDT's MAX_NUM_ALGO_ORDERS is 5: with five stop orders open a sixth is refused.
        var run = CliRun.Of("validate", "--symbol", "BTCUSDT", "--side", "SELL", "--type", "STOP_LOSS_LIMIT", "--time-in-force", "GTC", "--price", "29000",
            "--stop-price", "29500", "--quantity", "0.001", "--last-price", "30000", "--open-algo-orders", open, "--json");

        run.ExitCode.ShouldBe(valid ? 0 : 1, run.Output + run.Error);
        var json = run.Json();
        json.GetProperty("valid").GetBoolean().ShouldBe(valid);
        if (!valid)
        {
            json.GetProperty("rejection").GetProperty("message").GetString().ShouldBe("Filter failure: MAX_NUM_ALGO_ORDERS");
        }
    }

    [Theory]
    [InlineData("spot", "the exchange")]
    [InlineData("us", "the exchange")]
    [InlineData("usdm", "USDⓈ-M")]
    [InlineData("coinm", "COIN-M")]
    public void EveryVenue_GoesThroughTheOneCommand_WithItsOwnSample(string venue, string who)
    {
        var symbol = venue == "coinm" ? "BTCUSD_PERP" : "BTCUSDT";
        var price = venue == "coinm" ? "95000" : "30000";
        var quantity = venue == "coinm" ? "1" : venue == "usdm" ? "0.01" : "0.001";
        var run = CliRun.Of("validate", "--venue", venue, "--symbol", symbol, "--side", "BUY", "--type", "LIMIT", "--time-in-force", "GTC", "--price", price, "--quantity", quantity);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain($"VALID: {who} would accept this order.");
        CliRun.Of("validate", "--venue", venue, "--symbol", symbol, "--side", "BUY", "--type", "LIMIT", "--time-in-force", "GTC", "--price", price, "--quantity", quantity, "--json")
            .Json().GetProperty("venue").GetString().ShouldBe(venue);
    }
}
