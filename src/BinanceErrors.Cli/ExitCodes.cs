namespace BinanceErrors.Cli;

/// <summary>The process exit codes every command uses.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (an unknown code explained as unknown is a success).</summary>
    public const int Success = 0;

    /// <summary>The command ran and the answer is "no" (e.g. an order the validator rejects).</summary>
    public const int Rejected = 1;

    /// <summary>The input was unusable: an unknown option, venue or code, an unreadable file.</summary>
    public const int BadInput = 2;
}
