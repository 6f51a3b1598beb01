using System.Diagnostics;

namespace BinanceErrors.Cli.Tests.Commands;

/// <summary>
/// A seeded argument fuzzer: random commands, options and values (real ones, mutated ones, garbage). Whatever the
/// arguments, the CLI answers with a documented exit code and never prints a stack trace. Long-running commands
/// (sandbox, demo) are left out: their inputs are fuzzed through validation without starting them.
/// </summary>
public sealed class CliArgumentFuzzTests
{
    private static readonly string[] Commands = ["explain", "list", "parse", "validate", "sandbox", "demo", "nope", "--help", "--version", ""];

    private static readonly string[] Options =
    [
        "--venue", "--json", "--jsonl", "--message", "--status", "--header", "--body", "--intent", "--category", "--kind", "--exchange-info",
        "--symbol", "--side", "--type", "--quantity", "--price", "--stop-price", "--quote-order-qty", "--time-in-force", "--reference-price",
        "--last-price", "--best-bid", "--best-ask", "--open-orders", "--position", "--normalize", "--lift", "--port", "--api-key", "--balance",
        "--orders", "--faults", "--chaos", "--seed", "--base-url", "--rsa-public-key", "--ed25519-public-key", "--verbose", "-h", "--",
    ];

    private static readonly string[] Values =
    [
        "spot", "usdm", "coinm", "us", "mars", "-1013", "-2010", "1013", "-99999999999", "abc", "", " ", "0", "-1", "65536", "429", "1e9",
        "BTCUSDT", "BUY", "SELL", "LIMIT", "MARKET", "0.001", "29000", "NaN", "-0", "79228162514264337593543951", "/nonexistent", "/dev/null",
        "/etc", "{\"code\":-1013,\"msg\":\"Filter failure: LOT_SIZE\"}", "{", "Retry-After: 30", "Retry-After", "USDT=1", "USDT", "=",
        "none", "script", "chaos", "ftp://x", "http://", "http://[::1", "\u0000", "é", new string('9', 400), "place", "read",
    ];

    [Fact]
    public async Task SeededArguments_NeverPrintAStackTrace_AndExitWithADocumentedCode()
    {
        var random = new Random(424242);
        var budget = Stopwatch.StartNew();
        var runs = 0;
        var longRuns = 0;
        for (var i = 0; i < 600 && budget.Elapsed < TimeSpan.FromSeconds(30); i++)
        {
            var args = new List<string> { Commands[random.Next(Commands.Length)] };
            for (var n = random.Next(0, 7); n > 0; n--)
            {
                args.Add(random.Next(3) == 0 ? Values[random.Next(Values.Length)] : Options[random.Next(Options.Length)]);
                if (random.Next(2) == 0)
                {
                    args.Add(Values[random.Next(Values.Length)]);
                }
            }

            // sandbox and demo run until stopped: they get a token that stops them after a moment, like Ctrl+C
            // (exit 130), and only a few of them run, to keep the fuzzer within its time.
            var longRunning = args[0] is "sandbox" or "demo";
            if (longRunning && ++longRuns > 12)
            {
                continue;
            }

            var run = await RunAsync([.. args], longRunning ? TimeSpan.FromSeconds(2) : Timeout.InfiniteTimeSpan);
            runs++;
            var described = string.Join(' ', args.Select(a => $"'{a}'"));
            run.ExitCode.ShouldBeOneOf([0, 1, 2, 130], described + Environment.NewLine + run.Error);
            (run.Output + run.Error).ShouldNotContain("   at ", Case.Sensitive, described);
            (run.Output + run.Error).ShouldNotContain("Unhandled exception", Case.Sensitive, described);
            if (run.ExitCode == 2 && run.Error.Length > 0)
            {
                run.Error.ShouldStartWith("binance-errors: ", Case.Sensitive, described);
                run.Error.TrimEnd().ShouldNotContain("\n", Case.Sensitive, described);
            }
        }

        runs.ShouldBeGreaterThan(100);
    }

    private static async Task<CliRun> RunAsync(string[] args, TimeSpan stopAfter)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader("{\"code\":-1003,\"msg\":\"Too many requests.\"}\nnot json\n");
        using var stop = new CancellationTokenSource(stopAfter);
        var code = await Program.RunAsync(args, new CliConsole(TextWriter.Synchronized(output), TextWriter.Synchronized(error), input, color: false), stop.Token);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
