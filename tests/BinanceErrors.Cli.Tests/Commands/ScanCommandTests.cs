using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BinanceErrors.Cli.Tests.Mcp;
using BinanceErrors.Cli.Tests.Output;

namespace BinanceErrors.Cli.Tests.Commands;

public sealed class ScanCommandTests : IDisposable
{
    // Real lines: https://github.com/ccxt/ccxt/pull/2068 (429 then 418), https://github.com/sammchardy/python-binance/issues/1411.
    private const string RateLimited = "Network related error: binance 429 Too Many Requests {\"code\":-1003,\"msg\":\"Too many requests; current limit is 1200 requests per minute. Please use the websocket for live updates to avoid polling the API.\"} <class 'ccxt.base.errors.DDoSProtection'>";
    private const string Banned = "Network related error: binance 418 I'm a Teapot {\"code\":-1003,\"msg\":\"Way too many requests; IP banned until 1519726649240. Please use the websocket for live updates to avoid bans.\"} <class 'ccxt.base.errors.DDoSProtection'>";
    private const string Filter = "binance.exceptions.BinanceAPIException: APIError(code=-1013): Filter failure: PERCENT_PRICE_BY_SIDE";

    private readonly string _directory = Directory.CreateTempSubdirectory("scan-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Json_IsOneObject_WithOccurrencesAndSummary_InTheDocumentedOrder()
    {
        var log = Write("bot.log", $"2018-02-27T10:15:00Z {RateLimited}\nordinary line\n2018-02-27T10:15:04Z {Banned}\n{Filter}\n");

        var run = CliRun.Of("scan", log, "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["occurrences", "summary"]);
        var occurrences = json.GetProperty("occurrences").EnumerateArray().ToArray();
        occurrences.Select(o => o.GetProperty("line").GetInt64()).ShouldBe([1L, 3L, 4L]);
        var first = occurrences[0];
        first.EnumerateObject().Select(p => p.Name).Take(13).ShouldBe(
            ["line", "timestamp", "form", "venueSource", "intent", "venue", "httpStatus", "code", "name", "known", "message", "template", "arguments"]);
        first.GetProperty("timestamp").GetString().ShouldBe("2018-02-27T10:15:00.000Z");
        first.GetProperty("form").GetString().ShouldBe("keyedBody");
        first.GetProperty("kind").GetString().ShouldBe("RateLimited");
        occurrences[1].GetProperty("kind").GetString().ShouldBe("IpBanned");
        occurrences[1].GetProperty("untilMs").GetInt64().ShouldBe(1519726649240);
        occurrences[2].GetProperty("timestamp").ValueKind.ShouldBe(JsonValueKind.Null);
        occurrences[2].GetProperty("filter").GetString().ShouldBe("PERCENT_PRICE_BY_SIDE");

        var summary = json.GetProperty("summary");
        summary.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["lines", "bytes", "occurrences", "firstLine", "lastLine", "firstSeen", "lastSeen", "byCode", "byKind", "patterns", "stopped"]);
        summary.GetProperty("lines").GetInt64().ShouldBe(4);
        summary.GetProperty("occurrences").GetInt64().ShouldBe(3);
        summary.GetProperty("byCode")[0].GetProperty("code").GetInt32().ShouldBe(-1003);
        summary.GetProperty("byCode")[0].GetProperty("count").GetInt64().ShouldBe(2);
        var pattern = summary.GetProperty("patterns").EnumerateArray().ShouldHaveSingleItem();
        pattern.GetProperty("kind").GetString().ShouldBe("banAfterRateLimits");
        pattern.GetProperty("summary").GetString().ShouldBe("418 after 1 × 429: you are polling");
        summary.GetProperty("stopped").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void AnOccurrence_HasTheClassificationFields_ParseWritesForTheSameResponse()
    {
        var log = Write("bot.log", Filter + "\n");
        var occurrence = CliRun.Of("scan", log, "--json").Json().GetProperty("occurrences")[0];

        var parse = CliRun.Of("parse", "--json", "--body", """{"code":-1013,"msg":"Filter failure: PERCENT_PRICE_BY_SIDE"}""").Json();

        var fields = parse.EnumerateObject().Select(p => p.Name).ToArray();
        occurrence.EnumerateObject().Select(p => p.Name).Skip(5).ShouldBe(fields);
        foreach (var field in fields)
        {
            JsonNode.DeepEquals(JsonNode.Parse(occurrence.GetProperty(field).GetRawText()), JsonNode.Parse(parse.GetProperty(field).GetRawText())).ShouldBeTrue(field);
        }
    }

    [Fact]
    public void EveryOccurrence_OfTheRealLineCorpus_IsAClassificationOfTheDocumentedSchema_PlusItsPlace()
    {
        var corpus = Path.Combine(McpToolTests.RepositoryRoot(), "tests", "BinanceErrors.Tests", "Fixtures", "Logs", "real-log-lines.jsonl");
        var lines = File.ReadLines(corpus).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("line").GetString()!);
        var log = Write("corpus.log", string.Join('\n', lines) + "\n");

        var occurrences = CliRun.Of("scan", log, "--json").Json().GetProperty("occurrences").EnumerateArray().ToArray();

        occurrences.Length.ShouldBeGreaterThan(40);
        foreach (var occurrence in occurrences)
        {
            var classification = JsonNode.Parse(occurrence.GetRawText())!.AsObject();
            foreach (var own in BinanceErrors.Cli.Output.ScanJson.OwnFields)
            {
                classification.Remove(own).ShouldBeTrue(own);
            }

            DocumentedSchema.Classification.ShouldValidate(JsonDocument.Parse(classification.ToJsonString()).RootElement, $"scan line {occurrence.GetProperty("line")}");
        }
    }

    [Fact]
    public void Gzip_AndStandardInput_AreScanned()
    {
        var gz = Path.Combine(_directory, "bot.log.gz");
        using (var file = File.Create(gz))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes($"{Filter}\n"));
        }

        CliRun.Of("scan", gz, "--json").Json().GetProperty("summary").GetProperty("occurrences").GetInt64().ShouldBe(1);

        var piped = CliRun.WithInput($"{Filter}\n", "scan", "-", "--json");
        piped.ExitCode.ShouldBe(0);
        piped.Json().GetProperty("occurrences")[0].GetProperty("code").GetInt32().ShouldBe(-1013);
    }

    [Fact]
    public void Table_PutsThePatternsFirst_ThenCodes_ThenTheOccurrences()
    {
        var log = Write("bot.log", $"{RateLimited}\n{Banned}\n{Filter}\n");

        var run = CliRun.Of("scan", log);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldStartWith($"Scanned {log}: 3 lines (");
        run.Output.ShouldContain("3 Binance errors.");
        var patterns = run.Output.IndexOf("What the errors say together", StringComparison.Ordinal);
        var codes = run.Output.IndexOf("Errors by code", StringComparison.Ordinal);
        var occurrences = run.Output.IndexOf("Occurrences", StringComparison.Ordinal);
        patterns.ShouldBeGreaterThan(0);
        codes.ShouldBeGreaterThan(patterns);
        occurrences.ShouldBeGreaterThan(codes);
        run.Output.ShouldContain("418 after 1 × 429: you are polling");
        run.Output.ShouldContain("TOO_MANY_REQUESTS");
        run.Output.ShouldContain("HaltUntil");
    }

    [Fact]
    public void Limit_CapsTheOccurrencesTable_NotTheCounts()
    {
        var log = Write("bot.log", string.Concat(Enumerable.Repeat(Filter + "\n", 7)));

        var run = CliRun.Of("scan", log, "--limit", "2");

        run.Output.ShouldContain("Occurrences (the first 2 of 7; --json lists all)");
        run.Output.ShouldContain("-1013 INVALID_MESSAGE 7 times in a row: a rejection retried unchanged");
        CliRun.Of("scan", log, "--limit", "0").Output.ShouldNotContain("Occurrences");
    }

    [Fact]
    public void ALogWithoutErrors_SaysSo()
    {
        var run = CliRun.Of("scan", Write("bot.log", "2024-01-01 10:00:00 INFO realized PnL -1013.5 USDT\n"));

        run.ExitCode.ShouldBe(0);
        run.Output.Trim().ShouldBe($"Scanned {Path.Combine(_directory, "bot.log")}: 1 line (51 B), 0 Binance errors.");
    }

    [Fact]
    public void AnUnreadableLog_IsScannedAsFarAsItGoes_ExitsTwo_AndSaysWhere()
    {
        var path = Path.Combine(_directory, "latin1.log");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Filter + "\n"), .. Encoding.Latin1.GetBytes("caf\u00e9\n")]);

        var run = CliRun.Of("scan", path, "--json");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith($"binance-errors: {path}: Stopped at line 2 (byte {Filter.Length + 4}): the bytes 0xE9 0x0A are not UTF-8");
        var summary = run.Json().GetProperty("summary");
        summary.GetProperty("occurrences").GetInt64().ShouldBe(1);
        summary.GetProperty("stopped").GetProperty("reason").GetString().ShouldBe("notUtf8");
        summary.GetProperty("stopped").GetProperty("line").GetInt64().ShouldBe(2);

        var table = CliRun.Of("scan", path);
        table.ExitCode.ShouldBe(2);
        table.Output.ShouldContain("Stopped at line 2");
    }

    [Fact]
    public void Venue_IsAutoByDefault_OrTheOneGiven()
    {
        var log = Write("bot.log", "OSError: Error executing request POST https://fapi.binance.com/fapi/v1/order. HTTP status is 400. Error: {\"code\":-2021,\"msg\":\"Order would immediately trigger.\"}\n");

        var auto = CliRun.Of("scan", log, "--json").Json().GetProperty("occurrences")[0];
        auto.GetProperty("venue").GetString().ShouldBe("usdm");
        auto.GetProperty("venueSource").GetString().ShouldBe("host");
        auto.GetProperty("intent").GetString().ShouldBe("place");
        auto.GetProperty("name").GetString().ShouldBe("ORDER_WOULD_IMMEDIATELY_TRIGGER");

        var coinm = CliRun.Of("scan", log, "--venue", "coinm", "--json").Json().GetProperty("occurrences")[0];
        coinm.GetProperty("venue").GetString().ShouldBe("coinm");
        coinm.GetProperty("venueSource").GetString().ShouldBe("option");
    }

    [Theory]
    [InlineData("missing.log", "does not exist")]
    [InlineData(".", "is a directory")]
    public void AFileThatCannotBeScanned_IsBadInput(string name, string says)
    {
        var run = CliRun.Of("scan", Path.Combine(_directory, name));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(says);
        run.Output.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--venue", "mars", "Unknown venue 'mars'")]
    [InlineData("--limit", "-1", "'-1' is not a number of rows")]
    public void BadOptions_AreBadInput(string option, string value, string says)
    {
        var run = CliRun.Of("scan", Write("bot.log", Filter), option, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(says);
    }

    [Fact]
    public void NoFile_AndNothingPipedIn_AsksForALog()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(string.Empty), color: false) { InputIsTerminal = true };

        Program.Run(["scan"], console).ShouldBe(2);

        error.ToString().ShouldContain("Give a log to scan");
    }

    [Fact]
    public async Task Interrupted_TheJsonIsStillOneObject_WhoseSummarySaysSo()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var console = new CliConsole(output, error, new StringReader(string.Empty), color: false);

        var exit = await Program.RunAsync(["scan", Write("bot.log", Filter + "\n"), "--json"], console, cancel.Token);

        exit.ShouldBe(130);
        var summary = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("summary");
        summary.GetProperty("stopped").GetProperty("reason").GetString().ShouldBe("cancelled");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
