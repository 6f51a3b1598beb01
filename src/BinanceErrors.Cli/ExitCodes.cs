namespace BinanceErrors.Cli;

/// <summary>The process exit codes every command uses.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (an unknown code explained as unknown is a success).</summary>
    public const int Success = 0;

    /// <summary>The command ran and the answer is "no" (e.g. an order the validator rejects).</summary>
    public const int Rejected = 1;

    /// <summary>The input or the environment was unusable: an unknown option, venue or code, an unreadable file, a port in use, nothing listening.</summary>
    public const int BadInput = 2;

    /// <summary>
    /// Something the CLI did not expect went wrong (a bug): one line on standard error names it; <c>--verbose</c>
    /// adds the stack trace.
    /// </summary>
    public const int InternalError = 3;

    /// <summary>Stopped by Ctrl+C (SIGINT), as shells report it: 128 + 2. In-process, any cancellation of the run's token.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (<c>kill</c>, <c>timeout</c>, systemd, container stops), as shells report it: 128 + 15. The command stops exactly as after Ctrl+C.</summary>
    public const int Terminated = 143;
}
