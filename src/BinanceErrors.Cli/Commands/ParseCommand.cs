using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BinanceErrors.Cli.Output;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary><c>binance-errors parse</c>: classify a response, or a stream of them with <c>--jsonl</c>.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var venue = new Option<string>("--venue") { Description = $"The venue: {CliArguments.ValidVenues}.", DefaultValueFactory = _ => "spot" };
        var status = new Option<string?>("--status") { Description = "The HTTP status, e.g. 429." };
        var header = new Option<string[]>("--header") { Description = "A response header as 'Name: value' (repeatable), e.g. 'Retry-After: 30'." };
        var body = new Option<string?>("--body") { Description = "The response body; read from standard input when omitted." };
        var intent = new Option<string>("--intent") { Description = "What the request did: unspecified, read, place, cancel, write.", DefaultValueFactory = _ => "unspecified" };
        var json = new Option<bool>("--json") { Description = "Write one JSON object instead of a table." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON lines {venue,status,headers,body,intent} from standard input; write one JSON object per line." };
        var command = new Command("parse", "Classify a Binance HTTP response: kind, typed reason and what to do.") { venue, status, header, body, intent, json, jsonl };
        command.SetAction(result => result.GetValue(jsonl)
            ? RunLines(console)
            : Run(
                console,
                CliArguments.ParseVenue(result.GetValue(venue)!),
                ParseStatus(result.GetValue(status)),
                result.GetValue(header) ?? [],
                result.GetValue(body) ?? console.Input.ReadToEnd(),
                CliArguments.ParseIntent(result.GetValue(intent)!),
                result.GetValue(json)));
        return command;
    }

    private static int? ParseStatus(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status is >= 100 and <= 999
            ? status
            : throw new CliUsageException($"'{text}' is not an HTTP status. Use a number from 100 to 999.");
    }

    private static List<KeyValuePair<string, string>> ParseHeaders(IEnumerable<string> headers)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var header in headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new CliUsageException($"'{header}' is not a header. Write it as 'Name: value', e.g. 'Retry-After: 30'.");
            }

            result.Add(new(header[..colon].Trim(), header[(colon + 1)..].Trim()));
        }

        return result;
    }

    private static int Run(CliConsole console, BinanceVenue venue, int? status, string[] headers, string body, RequestIntent intent, bool json)
    {
        var error = BinanceErrorClassifier.Classify(venue, status, Encoding.UTF8.GetBytes(body), new BinanceResponseHeaders(ParseHeaders(headers)), intent);
        if (json)
        {
            console.Output.WriteLine(JsonOutput.Serialize(ClassificationOutput.From(error, intent), indented: true));
            return ExitCodes.Success;
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                grid.AddRow(new Text(label + ":", new Style(decoration: Decoration.Bold)), new Text(value));
            }
        }

        Row("Venue", CliArguments.VenueName(error.Venue));
        Row("HTTP status", error.HttpStatus?.ToString(CultureInfo.InvariantCulture));
        Row("Code", error.Code is { } code ? $"{code} {error.Name ?? "(not in catalog)"}" : "none");
        Row("Message", error.Message);
        Row("Template", error.Template?.Text);
        Row("Arguments", string.Join(", ", error.Arguments.Select(a => $"{a.Name} = {a.Value}")));
        Row("Reason", error.Reason?.ToString());
        Row("Filter", error.Filter?.ToWireName());
        Row("Kind", error.Kind.ToString());
        Row("Advice", error.Advice.ToString());
        Row("Execution", error.ExecutionUnknown ? "UNKNOWN: the request may have executed" : null);
        Row("Meaning", error.Definition?.Meaning);
        Row("What to do", error.Definition?.Hint);
        console.Ansi.Write(grid);
        return ExitCodes.Success;
    }

    private static int RunLines(CliConsole console)
    {
        var number = 0;

        // As validate --jsonl: every line is answered, and the exit code says whether any could not be read.
        var exitCode = ExitCodes.Success;
        while (console.Input.ReadLine() is { } line)
        {
            number++;
            string output;
            try
            {
                var (error, intent) = ClassifyLine(line);
                output = JsonOutput.Serialize(ClassificationOutput.From(error, intent), indented: false);
            }
            catch (Exception ex) when (ex is JsonException or CliUsageException or InvalidOperationException or FormatException)
            {
                var message = $"line {number}: {(ex is JsonException ? "not a JSON object: " + ex.Message : ex.Message)}";
                output = JsonOutput.Write(w => JsonOutput.Error(w, message), indented: false);
                exitCode = ExitCodes.BadInput;
            }

            console.Output.WriteLine(output);
        }

        return exitCode;
    }

    private static (BinanceError Error, RequestIntent Intent) ClassifyLine(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            throw new CliUsageException("empty line; expected {\"venue\":…,\"status\":…,\"headers\":{…},\"body\":…}");
        }

        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CliUsageException("expected a JSON object");
        }

        var venue = root.TryGetProperty("venue", out var v) && v.ValueKind == JsonValueKind.String ? CliArguments.ParseVenue(v.GetString()!) : BinanceVenue.Spot;
        int? status = null;
        if (root.TryGetProperty("status", out var s) && s.ValueKind != JsonValueKind.Null)
        {
            status = s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var n) && n is >= 100 and <= 999
                ? n
                : throw new CliUsageException($"'status' must be an HTTP status number, not {s.GetRawText()}");
        }

        var headers = new List<KeyValuePair<string, string>>();
        if (root.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in h.EnumerateObject())
            {
                headers.Add(new(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()));
            }
        }

        var body = root.TryGetProperty("body", out var b)
            ? b.ValueKind switch
            {
                JsonValueKind.String => b.GetString()!,
                JsonValueKind.Null => string.Empty,
                _ => b.GetRawText(),
            }
            : string.Empty;
        var intent = root.TryGetProperty("intent", out var i) && i.ValueKind == JsonValueKind.String ? CliArguments.ParseIntent(i.GetString()!) : RequestIntent.Unspecified;
        return (BinanceErrorClassifier.Classify(venue, status, body, new BinanceResponseHeaders(headers), intent), intent);
    }
}
