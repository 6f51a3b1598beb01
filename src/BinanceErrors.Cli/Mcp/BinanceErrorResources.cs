using System.ComponentModel;
using System.Text.Json;
using BinanceErrors.Cli.Output;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// The MCP resources: the catalog per venue, one code, the HTTP status semantics per venue (with the futures 503
/// table) and the list of invented codes. A URI naming an unknown venue or code is a "resource not found" protocol error.
/// </summary>
[McpServerResourceType]
internal sealed class BinanceErrorResources
{
    [McpServerResource(UriTemplate = "binance-errors://catalog/{venue}", Name = "catalog", Title = "Error catalog of a venue", MimeType = "application/json")]
    [Description("Every error code of a venue (spot, usdm, coinm, us) as JSON: NAME, category, messages, meaning, hint, kind, flags.")]
    public static string Catalog(string venue)
    {
        var parsed = Venue(venue);
        return JsonOutput.Serialize(BinanceErrorCatalog.For(parsed).Definitions.Select(d => CodeLookupOutput.From(BinanceErrorCatalog.Lookup(parsed, d.Code))).ToArray(), indented: false);
    }

    [McpServerResource(UriTemplate = "binance-errors://codes/{venue}/{code}", Name = "code", Title = "One error code on one venue", MimeType = "application/json")]
    [Description("One code on one venue as JSON, e.g. binance-errors://codes/usdm/-2021. Codes the venue does not define answer with an explanation (and the real form for invented codes).")]
    public static string Code(string venue, string code)
    {
        var parsed = Venue(venue);
        int number;
        try
        {
            number = CliArguments.ParseCode(code);
        }
        catch (CliUsageException ex)
        {
            throw new McpProtocolException(ex.Message, McpErrorCode.ResourceNotFound);
        }

        return JsonOutput.Serialize(CodeLookupOutput.From(BinanceErrorCatalog.Lookup(parsed, number)), indented: false);
    }

    [McpServerResource(UriTemplate = "binance-errors://http-status/{venue}", Name = "http-status", Title = "HTTP status semantics of a venue", MimeType = "application/json")]
    [Description("What each HTTP status class means on a venue, whether the request may have executed, and the messages that come with a status and no code (the USDⓈ-M 503 table).")]
    public static string HttpStatus(string venue)
    {
        var parsed = Venue(venue);
        var futures = parsed is BinanceVenue.UsdMFutures or BinanceVenue.CoinMFutures;
        (string Status, string Meaning, bool ExecutionUnknown)[] statuses =
        [
            ("4XX", "Malformed request: the sender's fault. Not retryable unless the code says otherwise.", false),
            ("403", "The WAF (Web Application Firewall) limit was violated. Back off; do not hammer.", false),
            .. futures ? [("408", "Timeout while waiting for a response from the backend server.", true)] : Array.Empty<(string, string, bool)>(),
            .. futures ? [] : new[] { ("409", "A cancelReplace partially succeeded (body code -2021 with both halves): one half executed.", false) },
            ("429", "A request rate limit was broken (-1003 weight, -1015 order count). Honour Retry-After; the request was not executed.", false),
            ("418", "The IP was auto-banned for continuing to send requests after 429s. Stop all traffic until Retry-After.", false),
            ("5XX", "Internal error on Binance's side. Do not treat it as a failure: the execution status is unknown and could have been a success.", true),
        ];
        return JsonOutput.Write(
            w =>
            {
                w.WriteStartObject();
                w.WriteString("venue", CliArguments.VenueName(parsed));
                w.WriteStartArray("statuses");
                foreach (var (status, meaning, unknown) in statuses)
                {
                    w.WriteStartObject();
                    w.WriteString("status", status);
                    w.WriteString("meaning", meaning);
                    w.WriteBoolean("executionUnknown", unknown);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("messages");
                foreach (var message in BinanceErrorCatalog.For(parsed).StatusMessages)
                {
                    w.WriteStartObject();
                    if (message.HttpStatus is { } code)
                    {
                        w.WriteNumber("httpStatus", code);
                    }
                    else
                    {
                        w.WriteNull("httpStatus");
                    }

                    w.WriteString("text", message.Template.Text);
                    w.WriteString("kind", message.Kind.ToString());
                    w.WriteString("meaning", message.Meaning);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            },
            indented: false);
    }

    [McpServerResource(UriTemplate = "binance-errors://not-binance-codes", Name = "not-binance-codes", Title = "Codes that are not Binance codes", MimeType = "application/json")]
    [Description("Error codes that circulate in third-party tools but that Binance never sends (e.g. -9000…-9011), with how the exchange really reports each failure.")]
    public static string NotBinanceCodes() => JsonSerializer.Serialize(
        BinanceErrorCatalog.FabricatedCodes.Select(f => new { code = f.Code, claimedMeaning = f.ClaimedMeaning, filter = f.Filter?.ToWireName(), origin = f.Origin, realForm = f.RealForm }),
        McpJsonUtilities.DefaultOptions);

    private static BinanceVenue Venue(string venue)
    {
        try
        {
            return CliArguments.ParseVenue(venue);
        }
        catch (CliUsageException ex)
        {
            throw new McpProtocolException(ex.Message, McpErrorCode.ResourceNotFound);
        }
    }
}
