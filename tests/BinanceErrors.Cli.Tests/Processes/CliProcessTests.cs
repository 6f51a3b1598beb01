using System.Net;
using System.Net.Sockets;

namespace BinanceErrors.Cli.Tests.Processes;

/// <summary>Failures a user meets at a terminal, through a real process: one line on stderr and the documented exit code.</summary>
public sealed class CliProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task SandboxOnAPortInUse_OneLine_ExitTwo()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        using var cli = CliProcess.Start("sandbox", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        (await cli.ExitCodeAsync(Timeout)).ShouldBe(2, cli.Error);
        cli.Error.ShouldStartWith($"binance-errors: Cannot listen on port {port}:");
        cli.Error.TrimEnd().ShouldNotContain("\n");
        cli.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task DemoAgainstNothingListening_OneLine_ExitTwo()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var cli = CliProcess.Start("demo", "--base-url", $"http://127.0.0.1:{port}/", "--orders", "3");

        (await cli.ExitCodeAsync(Timeout)).ShouldBe(2, cli.Error);
        cli.Error.ShouldStartWith($"binance-errors: Nothing answers at http://127.0.0.1:{port}/:");
        cli.Error.TrimEnd().ShouldNotContain("\n");
    }

    /// <summary>Ctrl+C and SIGTERM (<c>kill</c>, <c>timeout</c>, systemd) stop a long-running command the same way; the exit code is 128 + the signal's number.</summary>
    public static TheoryData<string, int> StopSignals => new() { { "INT", 130 }, { "TERM", 143 } };

    [Theory]
    [MemberData(nameof(StopSignals))]
    public async Task StopSignalDuringDemo_PrintsTheSummarySoFar(string signal, int exitCode)
    {
        using var cli = CliProcess.Start("demo", "--orders", "100000", "--seed", "3");
        (await cli.WaitForOutputAsync("none (baseline)", Timeout)).ShouldBeTrue(cli.Output + cli.Error);

        cli.Signal(signal);

        (await cli.ExitCodeAsync(Timeout)).ShouldBe(exitCode, cli.Output + cli.Error);
        cli.Output.ShouldContain("(interrupted; 100000 asked for)");
        cli.Output.ShouldContain("Duplicates:             0");
        cli.Error.ShouldStartWith("binance-errors: interrupted after ");
        cli.Error.TrimEnd().ShouldNotContain("\n");
        cli.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [MemberData(nameof(StopSignals))]
    public async Task StopSignalDuringUsdMDemo_PrintsTheSummarySoFar(string signal, int exitCode)
    {
        using var cli = CliProcess.Start("demo", "--venue", "usdm", "--orders", "100000", "--seed", "3");
        (await cli.WaitForOutputAsync("none (baseline)", Timeout)).ShouldBeTrue(cli.Output + cli.Error);

        cli.Signal(signal);

        (await cli.ExitCodeAsync(Timeout)).ShouldBe(exitCode, cli.Output + cli.Error);
        cli.Output.ShouldContain("(interrupted; 100000 asked for)");
        cli.Output.ShouldContain("Duplicates:             0");
        cli.Error.ShouldStartWith("binance-errors: interrupted after ");
        cli.Error.TrimEnd().ShouldNotContain("\n");
        cli.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [MemberData(nameof(StopSignals))]
    public async Task StopSignalWhileTheSandboxRuns_StopsCleanly(string signal, int exitCode)
    {
        using var cli = CliProcess.Start("sandbox", "--port", "0");
        (await cli.WaitForOutputAsync("Press Ctrl+C to stop.", Timeout)).ShouldBeTrue(cli.Output + cli.Error);

        cli.Signal(signal);

        (await cli.ExitCodeAsync(Timeout)).ShouldBe(exitCode, cli.Output + cli.Error);
        cli.Output.ShouldContain("Sandbox stopped.");
        cli.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task PipedOutput_HasNoPaddingAtLineEnds()
    {
        using var cli = CliProcess.Start("explain", "-1013");

        (await cli.ExitCodeAsync(Timeout)).ShouldBe(0, cli.Error);
        cli.Output.ShouldNotBeEmpty();
        foreach (var line in cli.Output.Split('\n'))
        {
            line.TrimEnd('\r').ShouldNotEndWith(" ");
        }
    }
}
