using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using BinanceErrors.Cli.Output;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary><c>binance-errors explain &lt;code&gt;</c>: what a code means on one venue, or on every venue side by side.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var code = new Argument<string>("code") { Description = "The error code, e.g. -2010 (a leading '-' is optional)." };
        var venue = new Option<string?>("--venue") { Description = $"The venue: {CliArguments.ValidVenues}. Without it every venue is shown." };
        var message = new Option<string?>("--message") { Description = "A message received with the code: shows the template and typed reason it matches." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object instead of a table." };
        var command = new Command("explain", "Explain an error code: NAME, messages, meaning and what to do.") { code, venue, message, json };
        command.SetAction(result => Run(console, result.GetValue(code)!, result.GetValue(venue), result.GetValue(message), result.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string codeText, string? venueText, string? message, bool json)
    {
        var code = CliArguments.ParseCode(codeText);
        var venue = venueText is null ? (BinanceVenue?)null : CliArguments.ParseVenue(venueText);
        var lookups = BinanceErrorCatalog.Venues.Select(v => BinanceErrorCatalog.Lookup(v, code)).ToArray();
        var primary = lookups.First(l => l.Venue == (venue ?? BinanceVenue.Spot));

        if (json)
        {
            console.Output.WriteLine(Json(primary, venue is null ? lookups.Where(l => l != primary) : [], message));
            return ExitCodes.Success;
        }

        if (venue is null && Differ(lookups))
        {
            RenderSideBySide(console, code, lookups, message);
        }
        else
        {
            RenderOne(console, primary, message);
            if (venue is null && primary.IsKnown)
            {
                var same = lookups.Where(l => l != primary && l.IsKnown).Select(l => CliArguments.VenueName(l.Venue)).ToArray();
                console.Ansi.Write(new Text(same.Length > 0 ? $"Same on: {string.Join(", ", same)}.\n" : "Only on spot.\n"));
            }
        }

        return ExitCodes.Success;
    }

    private static string Json(CodeLookup primary, IEnumerable<CodeLookup> others, string? message)
    {
        // The code object, then the fields only explain has: the classification of --message, the other venues.
        var json = JsonOutput.ToObject(CodeLookupOutput.From(primary));
        if (message is not null)
        {
            json["match"] = JsonOutput.ToObject(ClassificationOutput.From(Classify(primary, message)));
        }

        var rest = others.ToArray();
        if (rest.Length > 0)
        {
            json["otherVenues"] = new JsonArray([.. rest.Select(l => JsonOutput.ToObject(CodeLookupOutput.From(l)))]);
        }

        return JsonOutput.Serialize(json, indented: true);
    }

    internal static BinanceError Classify(CodeLookup lookup, string message)
    {
        var body = JsonOutput.Write(
            w =>
            {
                w.WriteStartObject();
                w.WriteNumber("code", lookup.Code);
                w.WriteString("msg", message);
                w.WriteEndObject();
            },
            indented: false);
        return BinanceErrorClassifier.Classify(lookup.Venue, null, Encoding.UTF8.GetBytes(body));
    }

    private static bool Differ(IReadOnlyList<CodeLookup> lookups) =>
        lookups.Select(l => l.Definition is null ? "\0" : l.Definition.Name + "\n" + l.Definition.Meaning).Distinct().Count() > 1;

    private static void RenderOne(CliConsole console, CodeLookup lookup, string? message)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        Row(grid, "Code", $"{lookup.Code} on {CliArguments.VenueName(lookup.Venue)}");
        if (lookup.Definition is not { } definition)
        {
            Row(grid, "Known", "no");
            Row(grid, "Explanation", lookup.Explanation);
            console.Ansi.Write(grid);
            return;
        }

        Row(grid, "Name", definition.Name + (definition.Aliases.Count > 0 ? $" (also {string.Join(", ", definition.Aliases)})" : string.Empty));
        Row(grid, "Category", $"{definition.Category.Id} - {definition.Category.Title}");
        if (definition.IsRetired)
        {
            Row(grid, "Status", "retired: no longer documented or sent");
        }

        Row(grid, "Meaning", definition.Meaning);
        Row(grid, "What to do", definition.Hint);
        Row(grid, "Kind", definition.Kind.ToString());
        var flags = new List<string>();
        if (definition.ExecutionUnknown)
        {
            flags.Add("execution status unknown");
        }

        if (definition.RetrySafe)
        {
            flags.Add("safe to retry after the advised wait");
        }

        if (definition.Filter is { } filter)
        {
            flags.Add($"filter {filter.ToWireName()}");
        }

        if (flags.Count > 0)
        {
            Row(grid, "Flags", string.Join("; ", flags));
        }

        var messages = new StringBuilder();
        foreach (var template in definition.Messages)
        {
            messages.Append("• ").Append(template.Text);
            if (template.Form != MessageForm.Server)
            {
                messages.Append(" [").Append(template.Form.ToString().ToLowerInvariant()).Append(']');
            }

            messages.Append('\n');
        }

        if (definition.MessagesFrom == CatalogMessageSource.MatchingEngine)
        {
            messages.Append($"• plus one of the {BinanceErrorCatalog.For(lookup.Venue).MatchingEngineMessages.Count} matching-engine messages\n");
        }
        else if (definition.MessagesFrom == CatalogMessageSource.FilterFailures)
        {
            messages.Append($"• plus one of the {BinanceErrorCatalog.For(lookup.Venue).FilterFailures.Count} 'Filter failure: X' messages\n");
        }

        Row(grid, "Messages", messages.ToString().TrimEnd());
        if (message is not null)
        {
            AddMatch(grid, Classify(lookup, message));
        }

        console.Ansi.Write(grid);
    }

    private static void AddMatch(Grid grid, BinanceError error)
    {
        Row(grid, "Your message", error.Message);
        Row(grid, "Matched template", error.Template?.Text ?? "none (falls back to the code's definition)");
        if (error.Reason is { } reason)
        {
            Row(grid, "Reason", reason.ToString());
        }

        if (error.Filter is { } filter)
        {
            Row(grid, "Filter", filter.ToWireName());
        }

        if (error.Arguments.Count > 0)
        {
            Row(grid, "Arguments", string.Join(", ", error.Arguments.Select(a => $"{a.Name} = {a.Value}")));
        }

        Row(grid, "Classified as", $"{error.Kind}: {error.Advice}");
    }

    private static void RenderSideBySide(CliConsole console, int code, IReadOnlyList<CodeLookup> lookups, string? message)
    {
        console.Ansi.Write(new Text($"{code} means different things per venue:\n"));
        var table = new Table().AddColumn("Venue").AddColumn("Name").AddColumn("Meaning").AddColumn("What to do");
        if (message is not null)
        {
            table.AddColumn("Your message");
        }

        foreach (var lookup in lookups)
        {
            var cells = new List<string>
            {
                CliArguments.VenueName(lookup.Venue),
                lookup.Definition?.Name ?? "(not defined)",
                lookup.Definition?.Meaning ?? lookup.Explanation,
                lookup.Definition?.Hint ?? string.Empty,
            };
            if (message is not null)
            {
                cells.Add(lookup.IsKnown ? Describe(Classify(lookup, message)) : string.Empty);
            }

            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        console.Ansi.Write(table);
    }

    private static string Describe(BinanceError error) =>
        error.Template is null ? $"no template matched; {error.Kind}" : $"matches \"{error.Template.Text}\"{(error.Reason is { } r ? $" ({r})" : string.Empty)}; {error.Kind}";

    private static void Row(Grid grid, string label, string value) => grid.AddRow(new Text(label + ":", new Style(decoration: Decoration.Bold)), new Text(value));
}
