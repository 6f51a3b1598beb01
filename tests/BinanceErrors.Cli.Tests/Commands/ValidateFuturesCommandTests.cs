namespace BinanceErrors.Cli.Tests.Commands;

/// <summary><c>validate --venue usdm</c> against the built-in USDⓈ-M exchangeInfo.</summary>
public sealed class ValidateFuturesCommandTests
{
    private static readonly string[] ValidLimit =
        ["validate", "--venue", "usdm", "--symbol", "BTCUSDT", "--side", "BUY", "--type", "LIMIT", "--time-in-force", "GTC", "--price", "60000.10", "--quantity", "0.002"];

    [Fact]
    public void ValidOrder_ExitsZero_AndNamesWhatWasNotChecked()
    {
        var run = CliRun.Of([.. ValidLimit, "--json"]);

        run.ExitCode.ShouldBe(0);
        var json = run.Json();
        json.GetProperty("valid").GetBoolean().ShouldBeTrue();
        json.GetProperty("notChecked").EnumerateArray().Select(e => e.GetString()).ShouldBe(["PERCENT_PRICE", "MAX_NUM_ORDERS", "POSITION_MODE"]);
    }

    [Fact]
    public void Help_NamesTheOrderTypesAndTimesInForceOfEveryVenue()
    {
        var run = CliRun.Of("validate", "--help");

        run.ExitCode.ShouldBe(0, run.Error);
        var help = string.Join(' ', run.Output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        help.ShouldContain("spot/us: LIMIT, MARKET, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT or LIMIT_MAKER.");
        help.ShouldContain("usdm: LIMIT or MARKET (/fapi/v1/order); the conditional STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET and TRAILING_STOP_MARKET are /fapi/v1/algoOrder requests");
        help.ShouldContain("usdm also GTX (post-only) and GTD (with --good-till-date); coinm also GTX (GTD is -1115 there).");
        help.ShouldContain("coinm: LIMIT, MARKET and the conditional types, all /dapi/v1/order.");
    }

    [Fact]
    public void StopMarketOnTheOrderEndpoint_IsMinus4120()
    {
        var run = CliRun.Of("validate", "--venue", "usdm", "--symbol", "BTCUSDT", "--side", "SELL", "--type", "STOP_MARKET", "--stop-price", "58000", "--quantity", "0.002", "--json");

        run.ExitCode.ShouldBe(1);
        var json = run.Json();
        json.GetProperty("rejection").GetProperty("code").GetInt32().ShouldBe(-4120);
        json.GetProperty("rejection").GetProperty("message").GetString().ShouldBe("Order type not supported for this endpoint. Please use the Algo Order API endpoints instead.");
        json.GetProperty("rejection").GetProperty("name").GetString().ShouldBe("STOP_ORDER_SWITCH_ALGO");
    }

    [Fact]
    public void Table_ShowsTheRejectionAndTheHint()
    {
        var run = CliRun.Of([.. ValidLimit, "--position-side", "LONG", "--dual-side-position", "false"]);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("REJECTED: -4061 POSITION_SIDE_NOT_MATCH: Order's position side does not match user's setting.");
    }

    [Fact]
    public void Jsonl_OneLinePerOrder_WithContextFields_AndAlgoLines()
    {
        var input = string.Join('\n',
            """{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"60000.10","quantity":"0.002","markPrice":"60000","dualSidePosition":"false","openOrders":"0"}""",
            """{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"60000.10","quantity":"0.001","markPrice":"60000"}""",
            """{"symbol":"BTCUSDT","side":"SELL","type":"LIMIT","timeInForce":"GTC","price":"60000.10","quantity":"0.001","reduceOnly":"true","dualSidePosition":"true","positionSide":"LONG"}""",
            """{"symbol":"BTCUSDT","side":"BUY","type":"MARKET","quantity":"0.002","markPrice":"60000","bestAsk":"63000.1"}""",
            """{"algoType":"CONDITIONAL","symbol":"BTCUSDT","side":"SELL","type":"STOP_MARKET","triggerPrice":"58000","quantity":"0.002","accountOpenAlgoOrders":"200"}""",
            """{"symbol":"BTCUSDT","dualSidePosition":"maybe"}""");

        var run = CliRun.WithInput(input, "validate", "--venue", "usdm", "--jsonl");

        run.ExitCode.ShouldBe(2);
        var lines = run.JsonLines();
        lines.Count.ShouldBe(6);
        lines[0].GetProperty("valid").GetBoolean().ShouldBeTrue();
        lines[0].GetProperty("notChecked").GetArrayLength().ShouldBe(0);
        (lines[1].GetProperty("rejection").GetProperty("code").GetInt32(), lines[1].GetProperty("rejection").GetProperty("message").GetString()).ShouldBe((-4164, "Order's notional must be no smaller than 100 (unless you choose reduce only)"));
        (lines[2].GetProperty("rejection").GetProperty("code").GetInt32(), lines[2].GetProperty("rejection").GetProperty("message").GetString()).ShouldBe((-1106, "Parameter 'reduceOnly' sent when not required."));
        lines[3].GetProperty("rejection").GetProperty("code").GetInt32().ShouldBe(-4131);
        (lines[4].GetProperty("rejection").GetProperty("code").GetInt32(), lines[4].GetProperty("rejection").GetProperty("message").GetString()).ShouldBe((-4045, "Reach max stop order limit."));
        lines[5].GetProperty("error").GetString().ShouldBe("line 6: 'maybe' is not \"true\" or \"false\" (dualSidePosition).");
    }

    [Fact]
    public void Normalize_UsesTheFuturesGridsAndTheMarkPrice()
    {
        var run = CliRun.Of("validate", "--venue", "usdm", "--symbol", "BTCUSDT", "--side", "BUY", "--type", "MARKET", "--quantity", "0.0011",
            "--mark-price", "60000", "--normalize", "--lift", "--json");

        run.ExitCode.ShouldBe(0);
        var json = run.Json();
        json.GetProperty("order").GetProperty("quantity").GetString().ShouldBe("0.002");
        json.GetProperty("changes").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void ExchangeInfoFile_IsAFapiDocument()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """
                {"rateLimits":[],"symbols":[{"symbol":"BLZUSDT","status":"TRADING","pricePrecision":5,"quantityPrecision":0,"filters":[
                  {"filterType":"MIN_NOTIONAL","notional":"5.0"}]}]}
                """);

            var run = CliRun.Of("validate", "--venue", "usdm", "--exchange-info", file, "--symbol", "BLZUSDT", "--side", "BUY", "--type", "LIMIT",
                "--time-in-force", "GTC", "--price", "0.1", "--quantity", "10", "--json");

            run.ExitCode.ShouldBe(1);
            run.Json().GetProperty("rejection").GetProperty("message").GetString().ShouldBe("Order's notional must be no smaller than 5.0 (unless you choose reduce only)");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--reference-price", "60000", "--reference-price")]
    [InlineData("--position", "1", "--position")]
    public void SpotContext_IsRefused_NotIgnored(string option, string value, string named)
    {
        var run = CliRun.Of([.. ValidLimit, option, value]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith($"binance-errors: {named} is not market context of usdm. Valid context fields: markPrice, lastPrice, bestBid, bestAsk, dualSidePosition, openOrders, openAlgoOrders, accountOpenAlgoOrders.");
    }

    [Fact]
    public void ContextOptions_AreReadAsTheJsonLinesFieldsAre()
    {
        var run = CliRun.Of([.. ValidLimit, "--dual-side-position", "maybe"]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("binance-errors: 'maybe' is not \"true\" or \"false\" (--dual-side-position).");
        CliRun.Of([.. ValidLimit, "--open-algo-orders", "-1"]).Error.ShouldStartWith("binance-errors: '-1' is not a whole number (--open-algo-orders).");
        CliRun.Of([.. ValidLimit, "--mark-price", "1e5"]).Error.ShouldStartWith("binance-errors: '1e5' is not a decimal number (--mark-price).");
    }
}
