namespace BinanceErrors.Docs.Tests;

/// <summary>The harness fails an example that is wrong: each case is a small Markdown document with one broken example.</summary>
public sealed class HarnessSelfTests(ExampleServices services) : IClassFixture<ExampleServices>
{
    public static TheoryData<string, string> BrokenExamples => new()
    {
        // markdown, what the failure must say
        { "```csharp\nvar x = 1 +;\n```", "does not compile" },
        { "```csharp\nConsole.WriteLine(BinanceErrorCatalog.Lookup(BinanceVenue.Spot, -1021).Definition?.Name); // INVALID_TIMESTAMPS\n```", "prints \"INVALID_TIMESTAMP\" but its comment shows \"INVALID_TIMESTAMPS\"" },
        { "```csharp\nif (DateTime.UtcNow.Year < 2000) Console.WriteLine(\"old\"); // old\n```", "never printed" },
        { "```csharp\nthrow new InvalidOperationException(\"boom\");\n```", "throws InvalidOperationException: boom" },
        { "```csharp no-run\nUndefinedThing.Run();\n```", "CS0103" },
        { "<!-- prelude\nvar n = 2;\n-->\n```csharp\nConsole.WriteLine(n * 2); // 5\n```", "prints \"4\"" },
        { "```sh\nbinance-errors explain -2010 --colour red\n```", "does not accept" },
        { "```sh\nbinance-errors explain -2010 --venue mars\n```", "exits 2, expected 0" },
        { "```sh exit=1\nbinance-errors explain -2010\n```", "exits 0, expected 1" },
        { "```console\n$ binance-errors explain -1021 --venue spot --json\n{\"venue\":\"spot\",\"code\":-1021,\"known\":false}\n```", "$: the doc shows the properties [venue, code, known]" },
        { "```console\n$ binance-errors parse --status 418 --body '{\"code\":-1003,\"msg\":\"x\"}' --json\n{\"kind\":\"RateLimited\"}\n```", "$.kind: the doc shows \"RateLimited\", the real output has \"IpBanned\"" },
        { "```synopsis\nbinance-errors explain <code> [--vneue V]\n```", "has no option --vneue" },
        { "```synopsis\nbinance-errors explian <code>\n```", "has no command 'explian'" },
        { "```sh\nscripts/no-such-script.sh\n```", "does not exist" },
        { "```sh\nrm -rf /\n```", "not a command the harness knows" },
        { "```json\n{\"a\": 1,}\n```", "is not valid json" },
        { "```json\n{\"mcpServers\":{\"x\":{\"command\":\"binance-errors\",\"args\":[\"mcp\",\"--stdio-please\"]}}}\n```", "arguments it does not accept" },
        { "```yaml\na: 1\n```", "does not check" },
        { "    indented code\n", "indented code block" },
    };

    [Theory]
    [MemberData(nameof(BrokenExamples))]
    public async Task Harness_FailsABrokenExample(string markdown, string expected)
    {
        var block = DocExamples.Parse("docs/self-test.md", markdown).ShouldHaveSingleItem();

        var failure = await Should.ThrowAsync<ExampleFailedException>(() => new DocExampleChecker(services).CheckAsync(block));

        failure.Message.ShouldContain(expected, Case.Sensitive, failure.Message);
        failure.Message.ShouldStartWith("The example at docs/self-test.md:");
    }

    [Fact]
    public async Task Harness_PassesACorrectExample_AndTheRemarkAfterTheOutput()
    {
        var markdown = "<!-- prelude\nvar code = -1021;\n-->\n```csharp\nConsole.WriteLine(BinanceErrorCatalog.Lookup(BinanceVenue.Spot, code).Definition?.Name); // INVALID_TIMESTAMP (the clock is off)\n```\n";
        var block = DocExamples.Parse("docs/self-test.md", markdown).ShouldHaveSingleItem();

        block.Prelude.ShouldBe("var code = -1021;");
        await new DocExampleChecker(services).CheckAsync(block);
    }

    [Fact]
    public void Shell_SplitsWordsAsAShellDoes()
    {
        var block = DocExamples.Parse("docs/self-test.md", "```sh\nA=1 binance-errors parse --body '{\"a\": 1}' \\\n    --header \"Retry-After: 30\"   # comment\ndotnet pack x.slnx && ./tools/binance-errors explain -2010\n```").Single();

        var commands = ShellCommand.Parse(block);

        commands.Select(c => c.Words).ShouldBe([["binance-errors", "parse", "--body", "{\"a\": 1}", "--header", "Retry-After: 30"], ["dotnet", "pack", "x.slnx"], ["./tools/binance-errors", "explain", "-2010"]]);
        commands[0].Line.ShouldBe(2);
        commands[2].Line.ShouldBe(4);
    }

    [Theory]
    [InlineData("ORDER_WOULD_IMMEDIATELY_TRIGGER", "ORDER_WOULD_IMMEDIATELY_TRIGGER (Spot: cancel-replace partially failed)", true)]
    [InlineData("-1003 TOO_MANY_REQUESTS: IpBanned", "-1003 TOO_MANY_REQUESTS: IpBanned", true)]
    [InlineData("-1003", "-1003 TOO_MANY_REQUESTS", false)]
    [InlineData("", "", false)]
    [InlineData("BTCUSDT order 28 EXPIRED (X): The taker order would have traded outside. Not an error.", "BTCUSDT order 28 EXPIRED (X): The taker order would … Not an error.", true)]
    [InlineData("BTCUSDT order 28 EXPIRED (X): The taker order would have traded outside.", "BTCUSDT order 28 EXPIRED (X): The taker order would … Not an error.", false)]
    [InlineData("a x b y c", "a … b … c", true)]
    [InlineData("a x c y b", "a … b … c", false)]
    [InlineData("ab", "ab…b", false)]
    public void ShownOutput_IsThePrintedLine_OrItFollowedByARemark(string printed, string shown, bool matches) =>
        ExampleOutput.Matches(printed, shown).ShouldBe(matches);
}
