using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BinanceErrors.Cli.Tests.Processes;

/// <summary>The CLI as a real child process (<c>dotnet BinanceErrors.Cli.dll …</c>), for what only a process shows: signals, exit codes, ports.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly object _gate = new();

    private CliProcess(Process process)
    {
        _process = process;
    }

    public static CliProcess Start(params string[] args) => Start(unprivileged: false, args);

    /// <summary>Starts the CLI with extra environment variables (e.g. <c>SSL_CERT_FILE</c> for a private certificate authority).</summary>
    public static CliProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args) => Start(unprivileged: false, args, environment);

    /// <summary>
    /// Starts the CLI as an unprivileged user (nobody) when the tests run as root: root ignores file permissions, so a
    /// read-only file is read-only only for another user.
    /// </summary>
    public static CliProcess StartUnprivileged(params string[] args) => Start(unprivileged: RunningAsRoot(), args);

    private static CliProcess Start(bool unprivileged, string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "BinanceErrors.Cli.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        if (unprivileged)
        {
            info.FileName = "setpriv";
            foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", dotnet })
            {
                info.ArgumentList.Add(argument);
            }

            info.Environment["HOME"] = Path.GetTempPath();
            info.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }
        else if (SigintIgnored() && File.Exists("/usr/bin/perl"))
        {
            // A test run started in the background inherits SIGINT as ignored, and .NET (like every shell tool) then
            // leaves it ignored. Restore the default first, as an interactive shell would have it.
            info.FileName = "/usr/bin/perl";
            info.ArgumentList.Add("-e");
            info.ArgumentList.Add("$SIG{INT}='DEFAULT'; exec @ARGV or die $!");
            info.ArgumentList.Add(dotnet);
        }
        else
        {
            info.FileName = dotnet;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        var cliProcess = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cliProcess.Append(cliProcess._output, e.Data);
        process.ErrorDataReceived += (_, e) => cliProcess.Append(cliProcess._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cliProcess;
    }

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_gate)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Waits until standard output contains <paramref name="text"/> (or the process ends, or the time runs out).</summary>
    public Task<bool> WaitForOutputAsync(string text, TimeSpan timeout) => WaitForAsync(() => Output, text, timeout);

    /// <summary>Waits until standard error contains <paramref name="text"/> (log lines are written in the background).</summary>
    public Task<bool> WaitForErrorAsync(string text, TimeSpan timeout) => WaitForAsync(() => Error, text, timeout);

    /// <summary>Sends SIGINT, exactly what Ctrl+C in a terminal sends.</summary>
    public void Interrupt() => Signal("INT");

    /// <summary>Sends a signal by name (<c>INT</c>, <c>TERM</c>…), as <c>kill -NAME pid</c> does.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{name}", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>Writes one line to the process's standard input (e.g. a JSON-RPC message for <c>mcp</c> over stdio).</summary>
    public async Task WriteLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Closes the process's standard input: the end of the lines a <c>--jsonl</c> command reads.</summary>
    public void CloseInput() => _process.StandardInput.Close();

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

    private async Task<bool> WaitForAsync(Func<string> captured, string text, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (!captured().Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || cancel.IsCancellationRequested)
            {
                return captured().Contains(text, StringComparison.Ordinal);
            }

            // Polls the captured stream: the process writes asynchronously and there is no event for "text seen".
            await Task.Delay(50, CancellationToken.None);
        }

        return true;
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            target.AppendLine(line);
        }
    }

    private static bool RunningAsRoot() =>
        File.Exists("/proc/self/status")
        && File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal)) is { } line
        && line["Uid:".Length..].Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == "0";

    private static bool SigintIgnored()
    {
        if (!File.Exists("/proc/self/status"))
        {
            return false;
        }

        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & 0x2) != 0;
    }
}
