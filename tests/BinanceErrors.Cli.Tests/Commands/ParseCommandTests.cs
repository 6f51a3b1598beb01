namespace BinanceErrors.Cli.Tests.Commands;

public sealed class ParseCommandTests
{
    [Fact]
    public void Parse_Json_RateLimit_HasEveryDocumentedField()
    {
        var run = CliRun.Of(
            "parse", "--venue", "spot", "--status", "429", "--header", "Retry-After: 30", "--json",
            "--body", """{"code":-1003,"msg":"Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."}""");

        run.ExitCode.ShouldBe(0);
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).Take(15).ShouldBe(
            ["venue", "httpStatus", "code", "name", "known", "message", "template", "arguments", "reason", "filter", "kind", "action", "retryAfterMs", "untilMs", "executionUnknown"]);
        json.GetProperty("httpStatus").GetInt32().ShouldBe(429);
        json.GetProperty("code").GetInt32().ShouldBe(-1003);
        json.GetProperty("name").GetString().ShouldBe("TOO_MANY_REQUESTS");
        json.GetProperty("arguments").GetProperty("limit").GetString().ShouldBe("6000");
        json.GetProperty("kind").GetString().ShouldBe("RateLimited");
        json.GetProperty("action").GetString().ShouldBe("RetryAfter");
        json.GetProperty("retryAfterMs").GetInt64().ShouldBe(30_000);
        json.GetProperty("executionUnknown").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void Parse_BodyFromStandardInput_BanHasUntilMs()
    {
        // A ban end an hour away (bans last at most 3 days; a stated end beyond that is bounded to now + 3 days).
        var end = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds();
        var run = CliRun.WithInput(
            $$"""{"code":-1003,"msg":"Way too much request weight used; IP banned until {{end}}. Please use WebSocket Streams for live updates to avoid bans."}""",
            "parse", "--status", "418", "--json");

        var json = run.Json();
        json.GetProperty("kind").GetString().ShouldBe("IpBanned");
        json.GetProperty("action").GetString().ShouldBe("HaltUntil");
        json.GetProperty("untilMs").GetInt64().ShouldBe(end);
    }

    [Fact]
    public void Parse_Table_ShowsKindAndAdvice()
    {
        var run = CliRun.Of("parse", "--venue", "usdm", "--status", "400", "--body", """{"code":-2021,"msg":"Order would immediately trigger."}""");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("-2021 ORDER_WOULD_IMMEDIATELY_TRIGGER");
        run.Output.ShouldContain("OrderRejected");
        run.Output.ShouldContain("do not retry");
    }

    [Fact]
    public void Parse_Jsonl_AllLinesReadable_ExitsZero()
    {
        var run = CliRun.WithInput("""{"venue":"spot","status":400,"body":{"code":-2010,"msg":"Duplicate order sent."}}""", "parse", "--jsonl");

        run.ExitCode.ShouldBe(0);
        run.JsonLines().Count.ShouldBe(1);
    }

    [Fact]
    public void Parse_Jsonl_WritesExactlyOneObjectPerInputLine_InOrder_EvenForMalformedLines()
    {
        var lines = string.Join('\n',
            """{"venue":"spot","status":429,"headers":{"Retry-After":"30"},"body":"{\"code\":-1003,\"msg\":\"Too many requests queued.\"}"}""",
            """{"venue":"usdm","body":"{\"code\":-4164,\"msg\":\"Order's notional must be no smaller than 5.0 (unless you choose reduce only)\"}"}""",
            "this is not json",
            "",
            """{"venue":"mars","body":"{}"}""",
            """{"status":"five hundred","body":""}""",
            """{"status":502,"body":"<html><title>502 Bad Gateway</title></html>","intent":"place"}""",
            """{"venue":"spot","status":400,"body":{"code":-2010,"msg":"Duplicate order sent."}}""",
            "[1,2,3]");

        var run = CliRun.WithInput(lines, "parse", "--jsonl");

        run.ExitCode.ShouldBe(2, "some lines were unreadable (as validate --jsonl)");
        var output = run.JsonLines();
        output.Count.ShouldBe(9);
        output[0].GetProperty("kind").GetString().ShouldBe("RateLimited");
        output[0].GetProperty("retryAfterMs").GetInt64().ShouldBe(30_000);
        output[1].GetProperty("filter").GetString().ShouldBe("MIN_NOTIONAL");
        output[2].GetProperty("error").GetString()!.ShouldStartWith("line 3: not a JSON object");
        output[3].GetProperty("error").GetString()!.ShouldStartWith("line 4: empty line");
        output[4].GetProperty("error").GetString().ShouldBe("line 5: Unknown venue 'mars'. Valid venues: spot, usdm, coinm, us.");
        output[5].GetProperty("error").GetString()!.ShouldStartWith("line 6: 'status' must be an HTTP status number");
        output[6].GetProperty("action").GetString().ShouldBe("Reconcile");
        output[6].GetProperty("executionUnknown").GetBoolean().ShouldBeTrue();
        output[7].GetProperty("reason").GetString().ShouldBe("DuplicateOrder");
        output[8].GetProperty("error").GetString().ShouldBe("line 9: expected a JSON object");
    }

    [Theory]
    [InlineData("--status", "abc", "binance-errors: 'abc' is not an HTTP status. Use a number from 100 to 999.")]
    [InlineData("--header", "Retry-After 30", "binance-errors: 'Retry-After 30' is not a header. Write it as 'Name: value', e.g. 'Retry-After: 30'.")]
    [InlineData("--intent", "buy", "binance-errors: Unknown intent 'buy'. Valid intents: unspecified, read, place, cancel, write.")]
    public void Parse_BadOptionValues_ExitWith2AndOneLine(string option, string value, string message)
    {
        var run = CliRun.Of("parse", option, value, "--body", "{}");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe(message + Environment.NewLine);
    }
}
