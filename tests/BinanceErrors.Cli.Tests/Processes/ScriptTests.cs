using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using BinanceErrors.Cli.Tests.Mcp;

namespace BinanceErrors.Cli.Tests.Processes;

/// <summary>
/// The acceptance scripts run for real (bash, the built CLI, redis-server): they do what they say, and whatever ends
/// them, every process they started is stopped: nothing that mentions their ports is left running.
/// </summary>
public sealed class ScriptTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task KillResumeDemo_CountsEveryOrderOnce_AndLeavesNothingRunning()
    {
        var port = FreePort();
        using var script = Script.Start("kill-resume-demo.sh", ("ORDERS", "12"), ("KILLS", "1"), ("PORT", Text(port)), ("SEED", "5"));

        (await script.ExitCodeAsync(Timeout)).ShouldBe(0, script.Output);

        script.Output.ShouldContain("12/12 exactly once, 0 duplicated, 0 missing");
        ProcessesMentioning($"127.0.0.1:{port}").ShouldBeEmpty();
        ProcessesMentioning($"--port {port}").ShouldBeEmpty();
    }

    [Fact]
    public async Task KillResumeDemo_Sigterm_StopsTheSandboxAndTheDemo()
    {
        var port = FreePort();
        using var script = Script.Start("kill-resume-demo.sh", ("ORDERS", "100000"), ("KILLS", "0"), ("PORT", Text(port)));
        (await script.WaitForOutputAsync("demo (spot):", Timeout)).ShouldBeTrue(script.Output);

        script.Terminate();

        (await script.ExitCodeAsync(Timeout)).ShouldBe(143, script.Output);
        ProcessesMentioning($"127.0.0.1:{port}").ShouldBeEmpty();
        ProcessesMentioning($"--port {port}").ShouldBeEmpty();
    }

    [Fact]
    public async Task SharedLimits_Sigterm_StopsRedisTheSandboxAndEveryDemo()
    {
        var (sandbox, redis) = (FreePort(), FreePort());
        using var script = Script.Start("shared-limits.sh", ("ORDERS", "100000"), ("SANDBOX_PORT", Text(sandbox)), ("REDIS_PORT", Text(redis)));
        (await script.WaitForOutputAsync("run redis: 4 demos of 100000 orders started", Timeout)).ShouldBeTrue(script.Output);

        script.Terminate();

        (await script.ExitCodeAsync(Timeout)).ShouldBe(143, script.Output);
        ProcessesMentioning($"127.0.0.1:{sandbox}").ShouldBeEmpty();
        ProcessesMentioning($"--port {sandbox}").ShouldBeEmpty();
        ProcessesMentioning($"--port {redis}").ShouldBeEmpty();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>The command lines of the running processes (other than this one) that contain <paramref name="text"/>.</summary>
    private static List<string> ProcessesMentioning(string text)
    {
        var found = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue; // Ended while we looked.
            }

            if (commandLine.Contains(text, StringComparison.Ordinal))
            {
                found.Add($"{pid}: {commandLine}");
            }
        }

        return found;
    }

    /// <summary>A script from <c>scripts/</c> run by bash with the CLI the tests built (no Release build).</summary>
    private sealed class Script : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private Script(Process process) => _process = process;

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public static Script Start(string name, params (string Name, string Value)[] environment)
        {
            var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add(Path.Combine(McpToolTests.RepositoryRoot(), "scripts", name));
            info.Environment["BINANCE_ERRORS_CLI"] = McpServerProcesses.CliDll;
            foreach (var (key, value) in environment)
            {
                info.Environment[key] = value;
            }

            var process = new Process { StartInfo = info };
            var script = new Script(process);
            process.OutputDataReceived += (_, e) => script.Append(e.Data);
            process.ErrorDataReceived += (_, e) => script.Append(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return script;
        }

        public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            while (!Output.Contains(text, StringComparison.Ordinal))
            {
                if (_process.HasExited || cancel.IsCancellationRequested)
                {
                    return Output.Contains(text, StringComparison.Ordinal);
                }

                // Polls the captured output: there is no event for "text seen".
                await Task.Delay(50, CancellationToken.None);
            }

            return true;
        }

        public void Terminate()
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
            kill.WaitForExit();
        }

        public async Task<int> ExitCodeAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            await _process.WaitForExitAsync(cancel.Token);
            _process.WaitForExit();
            return _process.ExitCode;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_output)
                {
                    _output.AppendLine(line);
                }
            }
        }
    }
}
