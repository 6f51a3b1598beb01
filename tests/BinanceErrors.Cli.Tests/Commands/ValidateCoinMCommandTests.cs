using BinanceErrors.Cli.Tests.Output;
using BinanceErrors.Cli.Tests.Processes;

namespace BinanceErrors.Cli.Tests.Commands;

/// <summary>
/// <c>validate --venue coinm</c> against the built-in <c>data/exchange-info/coinm-default.json</c> (BTCUSD_PERP: tick 0.1,
/// one contract of 100 USD per step, PERCENT_PRICE 0.95–1.05), read and written exactly as the usdm form.
/// </summary>
public sealed class ValidateCoinMCommandTests
{
    private static readonly string[] ValidLimit =
        ["validate", "--venue", "coinm", "--symbol", "BTCUSD_PERP", "--side", "BUY", "--type", "LIMIT", "--time-in-force", "GTC", "--price", "60000.1", "--quantity", "1"];

    [Fact]
    public void ValidOrder_IsTheDocumentedObject_ForCoinM_AndNamesWhatWasNotChecked()
    {
        var run = CliRun.Of([.. ValidLimit, "--json"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        DocumentedSchema.Validation.ShouldValidate(json, "validate --venue coinm --json");
        json.GetProperty("venue").GetString().ShouldBe("coinm");
        json.GetProperty("valid").GetBoolean().ShouldBeTrue();
        json.GetProperty("exchangeInfoSource").GetString().ShouldBe("built-in sample");
        json.GetProperty("notChecked").EnumerateArray().Select(e => e.GetString()).ShouldBe(["PERCENT_PRICE", "MAX_NUM_ORDERS", "POSITION_MODE"]);
    }

    [Fact]
    public void Table_SaysCoinM_AndShowsCoinMsRejection()
    {
        var valid = CliRun.Of([.. ValidLimit, "--mark-price", "60000", "--dual-side-position", "false", "--open-orders", "0"]);
        valid.ExitCode.ShouldBe(0, valid.Error);
        valid.Output.ShouldContain("VALID: COIN-M would accept this order.");

        // Half a contract: quantities are whole contracts (stepSize 1).
        var rejected = CliRun.Of("validate", "--venue", "coinm", "--symbol", "BTCUSD_PERP", "--side", "BUY", "--type", "LIMIT", "--time-in-force", "GTC",
            "--price", "60000.1", "--quantity", "0.5");
        rejected.ExitCode.ShouldBe(1);
        rejected.Output.ShouldContain("REJECTED: -1111 BAD_PRECISION: Precision is over the maximum defined for this asset.");
    }

    [Fact]
    public void Jsonl_ReadsTheUsdMContextFields_AndAnswersWithCoinMsCodes()
    {
        var input = string.Join('\n',
            """{"symbol":"BTCUSD_PERP","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"60000.1","quantity":"2","markPrice":"60000","dualSidePosition":"false","openOrders":"0"}""",
            """{"symbol":"BTCUSD_PERP","side":"BUY","type":"MARKET","quantity":"2","markPrice":"60000","bestAsk":"63000.1","dualSidePosition":"false","openOrders":"0"}""",
            """{"symbol":"BTCUSD_PERP","side":"SELL","type":"STOP_MARKET","stopPrice":"61000","quantity":"2","lastPrice":"60000"}""",
            """{"symbol":"BTCUSD_PERP","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"60000.1","quantity":"1","positionSide":"LONG","dualSidePosition":"false"}""",
            """{"symbol":"ETHUSD_270625","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"3000","quantity":"1"}""",
            """{"algoType":"CONDITIONAL","symbol":"BTCUSD_PERP","side":"SELL","type":"STOP_MARKET","triggerPrice":"58000","quantity":"2"}""",
            """{"symbol":"BTCUSD_PERP","dualSidePosition":"maybe"}""");

        var run = CliRun.WithInput(input, "validate", "--venue", "coinm", "--jsonl");

        run.ExitCode.ShouldBe(2);
        var lines = run.JsonLines();
        lines.Count.ShouldBe(7);
        foreach (var line in lines.Take(5))
        {
            DocumentedSchema.Validation.ShouldValidate(line, "validate --venue coinm --jsonl");
            line.GetProperty("venue").GetString().ShouldBe("coinm");
        }

        lines[0].GetProperty("valid").GetBoolean().ShouldBeTrue();
        lines[0].GetProperty("notChecked").GetArrayLength().ShouldBe(0);
        Rejection(lines[1]).ShouldBe((-4113, "The counterparty's best price does not meet the PERCENT_PRICE filter limit."), "63000.1 > 60000 × 1.05: COIN-M's code, not USDⓈ-M's -4131");
        Rejection(lines[2]).ShouldBe((-2021, "Order would immediately trigger."), "a SELL stop above the last price; COIN-M places it on /dapi/v1/order");
        Rejection(lines[3]).ShouldBe((-4061, "Order's position side does not match user's setting."));
        Rejection(lines[4]).ShouldBe((-1121, "Invalid symbol."), "ETHUSD_270625 is PENDING_TRADING");
        lines[5].GetProperty("error").GetString()!.ShouldStartWith("line 6: COIN-M has no algo-order endpoint");
        lines[6].GetProperty("error").GetString().ShouldBe("line 7: 'maybe' is not \"true\" or \"false\" (dualSidePosition).");
    }

    [Fact]
    public void Normalize_RoundsToWholeContracts()
    {
        var run = CliRun.Of("validate", "--venue", "coinm", "--symbol", "BTCUSD_PERP", "--side", "BUY", "--type", "LIMIT", "--time-in-force", "GTC",
            "--price", "60000.17", "--quantity", "1.7", "--mark-price", "60000", "--normalize", "--json");

        run.ExitCode.ShouldBe(0, run.Output);
        var json = run.Json();
        json.GetProperty("order").GetProperty("quantity").GetString().ShouldBe("1");
        json.GetProperty("order").GetProperty("price").GetString().ShouldBe("60000.1");
        json.GetProperty("changes").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void ExchangeInfoFile_IsADapiDocument_AndTheOtherFuturesVenuesIsRefusedInOneLine()
    {
        var coinm = DataFile("coinm-default.json");
        var given = CliRun.Of([.. ValidLimit, "--exchange-info", coinm, "--json"]);
        given.ExitCode.ShouldBe(0, given.Error);
        given.Json().GetProperty("exchangeInfoSource").GetString().ShouldBe("given");

        var usdmAsCoinM = CliRun.Of([.. ValidLimit, "--exchange-info", DataFile("usdm-default.json")]);
        usdmAsCoinM.ExitCode.ShouldBe(2);
        usdmAsCoinM.Output.ShouldBeEmpty();
        usdmAsCoinM.Error.Trim().ShouldBe("binance-errors: This is a USDⓈ-M exchangeInfo (GET /fapi/v1/exchangeInfo), not COIN-M (GET /dapi/v1/exchangeInfo); use venue 'usdm' for it.");

        var coinmAsUsdM = CliRun.Of("validate", "--venue", "usdm", "--exchange-info", coinm, "--symbol", "BTCUSD_PERP", "--side", "BUY", "--type", "MARKET", "--quantity", "1");
        coinmAsUsdM.ExitCode.ShouldBe(2);
        coinmAsUsdM.Error.Trim().ShouldBe("binance-errors: This is a COIN-M exchangeInfo (GET /dapi/v1/exchangeInfo), not USDⓈ-M (GET /fapi/v1/exchangeInfo); use venue 'coinm' for it.");
    }

    [Fact]
    public async Task RealProcess_JsonlOnStandardInput_WritesOneCoinMObjectPerLine()
    {
        using var cli = CliProcess.Start("validate", "--venue", "coinm", "--jsonl");
        await cli.WriteLineAsync("""{"symbol":"BTCUSD_PERP","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"60000.1","quantity":"1","markPrice":"60000","dualSidePosition":"false","openOrders":"0"}""");
        await cli.WriteLineAsync("""{"symbol":"BTCUSD_PERP","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"70000","quantity":"1","markPrice":"60000"}""");
        cli.CloseInput();

        (await cli.ExitCodeAsync(TimeSpan.FromSeconds(90))).ShouldBe(1, cli.Error);
        var lines = cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.Clone()).ToList();
        lines.Count.ShouldBe(2);
        lines.ForEach(l => DocumentedSchema.Validation.ShouldValidate(l, "validate --venue coinm --jsonl (process)"));
        lines[0].GetProperty("valid").GetBoolean().ShouldBeTrue();
        lines[1].GetProperty("rejection").GetProperty("venue").GetString().ShouldBe("coinm");
        lines[1].GetProperty("rejection").GetProperty("code").GetInt32().ShouldBe(-4016, "70000 is above the mark price × 1.05");
    }

    private static (int Code, string? Message) Rejection(System.Text.Json.JsonElement line) =>
        (line.GetProperty("rejection").GetProperty("code").GetInt32(), line.GetProperty("rejection").GetProperty("message").GetString());

    private static string DataFile(string name) => Path.Combine(Mcp.McpToolTests.RepositoryRoot(), "data", "exchange-info", name);
}
