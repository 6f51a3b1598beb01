using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// The MCP prompts: conversation starters that steer an assistant to this server's tools instead of guessing.
/// Arguments are echoed into the prompt with credentials masked.
/// </summary>
[McpServerPromptType]
internal sealed class BinanceErrorPrompts
{
    [McpServerPrompt(Name = "diagnose_error", Title = "Diagnose this Binance error")]
    [Description("Diagnose a Binance API error: what it means on the venue, whether the request may have executed, and what to do.")]
    public static string DiagnoseError(
        [Description("The error as received: the JSON body, the HTTP status and headers, or the log line.")] string error,
        [Description("spot, usdm, coinm or us; omit when unknown.")] string? venue = null) =>
        $"""
        Diagnose this Binance API error{VenuePhrase(venue)}:

        {SecretMask.Apply(error)}

        Use the binance-errors tools instead of memory: classify_response with the status, headers and body (or explain_error with the code and message).
        Say what the code means on this venue, whether the request may have executed (if so, follow recovery_plan 'post-timeout' before anything else),
        whether and when it is safe to retry, and the exact fix. Quote codes and messages exactly; never invent codes.
        """;

    [McpServerPrompt(Name = "make_order_valid", Title = "Make this order valid")]
    [Description("Turn an order the exchange would reject into one it accepts, with the exchange's own error as the reason.")]
    public static string MakeOrderValid(
        [Description("The order as JSON with Binance parameter names, e.g. {\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\",\"price\":\"65000.001\",\"quantity\":\"0.0001\"}.")] string order,
        [Description("spot or us; usdm for USDⓈ-M futures. Default spot.")] string? venue = null) =>
        $"""
        Make this order valid for Binance{VenuePhrase(venue ?? "spot")}:

        {SecretMask.Apply(order)}

        Call validate_order with venue '{Venue(venue ?? "spot")}' and this order. If it is rejected, quote the exact code and msg it returns,
        then call validate_order again with normalize=true and explain each change (tick size, step size, minimum notional).
        List the rules it could not check for lack of market context and what data would let them be checked.
        """;

    [McpServerPrompt(Name = "unknown_outcome", Title = "What to do after an unknown outcome")]
    [Description("What to do when an order request's outcome is unknown (timeout, 5XX, -1006, -1007, dropped connection), so it is never placed twice.")]
    public static string UnknownOutcome(
        [Description("What happened: the request and the answer (or the lack of one).")] string what,
        [Description("spot, usdm, coinm or us; omit when unknown.")] string? venue = null) =>
        $"""
        An order request to Binance{VenuePhrase(venue)} ended with an unknown outcome:

        {SecretMask.Apply(what)}

        Call recovery_plan with situation 'post-timeout' and classify_response with the answer (intent 'place').
        Walk me through the steps in order: how to find out whether the order exists (by origClientOrderId), when it is safe to send it again
        (only with the same newClientOrderId), and what must not be done. Do not suggest resending under a new client order id.
        """;

    private static string VenuePhrase(string? venue) => venue is null ? string.Empty : $" ({Venue(venue)})";

    private static string Venue(string venue)
    {
        try
        {
            return CliArguments.VenueName(CliArguments.ParseVenue(venue));
        }
        catch (CliUsageException ex)
        {
            throw new McpProtocolException(ex.Message, McpErrorCode.InvalidParams);
        }
    }
}
