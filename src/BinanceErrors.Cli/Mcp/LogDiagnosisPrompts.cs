using System.ComponentModel;
using ModelContextProtocol.Server;

namespace BinanceErrors.Cli.Mcp;

/// <summary>The prompt that starts a log diagnosis with the <c>diagnose_log</c> tool instead of guesses.</summary>
[McpServerPromptType]
internal sealed class LogDiagnosisPrompts
{
    [McpServerPrompt(Name = "diagnose_log", Title = "Diagnose my bot's log")]
    [Description("Diagnose my bot's log: which Binance errors it hit, how often, in what order, what they mean together, and what to change.")]
    public static string DiagnoseLog(
        [Description("The bot's log (as many lines as available; credentials are masked).")] string log,
        [Description("spot, usdm, coinm or us; omit to let the log say.")] string? venue = null) =>
        $"""
        Diagnose my trading bot's log{(venue is null ? string.Empty : $" (Binance {venue})")}:

        {SecretMask.Apply(log)}

        Call diagnose_log with this text{(venue is null ? string.Empty : $" and venue '{venue}'")} instead of reading the errors yourself.
        Start with the patterns it reports (a ban after 429s, a drifting clock, a loop of the same rejection, an order whose outcome was never looked up), most urgent first:
        an order that may exist unknown to the bot comes before everything else (recovery_plan 'post-timeout'), then bans and rate limits, then the rest.
        For each, say what happened, with the line numbers, and the exact change to make; use explain_error for any code you need to say more about.
        Quote codes and messages exactly; never invent codes.
        """;
}
