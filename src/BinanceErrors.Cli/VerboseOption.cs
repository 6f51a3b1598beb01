namespace BinanceErrors.Cli;

/// <summary><c>--verbose</c>: on an unexpected error, print the stack trace after the one-line message.</summary>
internal static class VerboseOption
{
    public const string Name = "--verbose";

    public const string Description = "On an unexpected error, also print the stack trace (for bug reports).";
}
