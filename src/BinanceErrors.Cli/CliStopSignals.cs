using System.Runtime.InteropServices;

namespace BinanceErrors.Cli;

/// <summary>
/// The signals that ask a long-running command (sandbox, demo, mcp) to stop: SIGINT (Ctrl+C) and SIGTERM (<c>kill</c>,
/// <c>timeout</c>, systemd, container stops). The first one cancels <see cref="Token"/>, so the command stops cleanly
/// and reports (the demo's summary so far); a second one is left to the default action and ends the process at once.
/// The process then exits with 128 + the signal's number, as a shell reports a process the signal ended: 130 after
/// SIGINT, 143 after SIGTERM.
/// </summary>
internal sealed class CliStopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private PosixSignal? _received;

    private CliStopSignals()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    /// <summary>Cancelled by the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Starts handling SIGINT and SIGTERM for the life of the returned object.</summary>
    /// <returns>The registration.</returns>
    public static CliStopSignals Register() => new();

    /// <summary>
    /// The process exit code for a command's result: a command stopped by the token reports
    /// <see cref="ExitCodes.Interrupted"/>, which becomes <see cref="ExitCodes.Terminated"/> when SIGTERM stopped it.
    /// </summary>
    /// <param name="code">What the command returned.</param>
    /// <returns>The exit code.</returns>
    public int ExitCode(int code)
    {
        lock (_stop)
        {
            return code == ExitCodes.Interrupted && _received == PosixSignal.SIGTERM ? ExitCodes.Terminated : code;
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        lock (_stop)
        {
            if (_received is not null)
            {
                // The second signal: the default action ends the process at once.
                return;
            }

            _received = context.Signal;
        }

        context.Cancel = true;
        _stop.Cancel();
    }
}
