using BinanceErrors.Cli.Tests.Processes;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Tests.Commands;

/// <summary>
/// Ordinary mistakes about files and ports, in every command that takes one: one line naming the option, exit 2,
/// never the "this is a bug" exit 3 with a stack trace.
/// </summary>
public sealed class EnvironmentMistakeTests
{
    public static TheoryData<string[], string> FileMistakes()
    {
        var directory = Path.GetTempPath().TrimEnd('/');
        var order = new[] { "--symbol", "BTCUSDT", "--side", "BUY", "--type", "MARKET", "--quantity", "1" };
        return new()
        {
            { ["demo", "--journal", ""], "binance-errors: --journal needs a file name, not an empty string." },
            { ["demo", "--journal", " "], "binance-errors: --journal needs a file name, not an empty string." },
            { ["demo", "--journal", directory], $"binance-errors: --journal: '{directory}' is a directory; name a file in it." },
            { ["sandbox", "--port", "0", "--exchange-info", ""], "binance-errors: --exchange-info needs a file name, not an empty string." },
            { ["sandbox", "--port", "0", "--exchange-info", directory], $"binance-errors: --exchange-info: '{directory}' is a directory, not a file." },
            { ["sandbox", "--port", "0", "--rsa-public-key", ""], "binance-errors: --rsa-public-key needs a file name, not an empty string." },
            { ["sandbox", "--port", "0", "--ed25519-public-key", directory], $"binance-errors: --ed25519-public-key: '{directory}' is a directory, not a file." },
            { ["validate", "--exchange-info", "", .. order], "binance-errors: --exchange-info needs a file name, not an empty string." },
            { ["validate", "--exchange-info", directory, .. order], $"binance-errors: --exchange-info: '{directory}' is a directory, not a file." },
            { ["validate", "--venue", "usdm", "--exchange-info", directory, .. order], $"binance-errors: --exchange-info: '{directory}' is a directory, not a file." },
            { ["validate", "--venue", "usdm", "--exchange-info", "/nonexistent/usdm.json", .. order], "binance-errors: --exchange-info: '/nonexistent/usdm.json' does not exist." },
        };
    }

    [Theory]
    [MemberData(nameof(FileMistakes))]
    public void FileMistake_OneLineNamingTheOption_ExitTwo(string[] args, string message)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldBe(message + Environment.NewLine);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Resume_OnAReadOnlyJournal_IsRefusedAtStart_BeforeRecoverySendsAnything()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var directory = Directory.CreateTempSubdirectory("be-readonly-");
        File.SetUnixFileMode(directory.FullName, (UnixFileMode)0x1FF); // rwxrwxrwx: the unprivileged user may create SQLite's side files.
        var journal = Path.Combine(directory.FullName, "demo.db");
        try
        {
            var first = CliRun.Of("demo", "--base-url", sandbox.BaseAddress.ToString(), "--orders", "3", "--order-type", "market", "--journal", journal, "--seed", "4", "--json");
            first.ExitCode.ShouldBe(0, first.Output + first.Error);
            foreach (var file in Directory.EnumerateFiles(directory.FullName))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }

            var requests = sandbox.Stats().Requests;
            using var resumed = CliProcess.StartUnprivileged("demo", "--base-url", sandbox.BaseAddress.ToString(), "--journal", journal, "--resume");

            (await resumed.ExitCodeAsync(TimeSpan.FromSeconds(90))).ShouldBe(2, resumed.Output + resumed.Error);
            resumed.Error.ShouldStartWith($"binance-errors: --journal: '{journal}' is read-only");
            resumed.Error.TrimEnd().ShouldNotContain("\n");
            resumed.Output.ShouldNotContain("Recovered run");
            sandbox.Stats().Requests.ShouldBe(requests, "recovery must not run on a journal it cannot write");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
