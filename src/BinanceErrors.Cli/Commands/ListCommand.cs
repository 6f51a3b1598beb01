using System.CommandLine;
using BinanceErrors.Cli.Output;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary><c>binance-errors list</c>: every code of a venue (or of all venues), optionally one category.</summary>
internal static class ListCommand
{
    public static Command Create(CliConsole console)
    {
        var venue = new Option<string?>("--venue") { Description = $"The venue: {CliArguments.ValidVenues}. Without it all venues are listed." };
        var category = new Option<string?>("--category") { Description = "Only one section, e.g. 10xx, 11xx, 20xx, 40xx, 50xx, cancelReplace." };
        var json = new Option<bool>("--json") { Description = "Write a JSON array of the objects 'explain --json' writes." };
        var command = new Command("list", "List error codes as a table or JSON.") { venue, category, json };
        command.SetAction(result => Run(console, result.GetValue(venue), result.GetValue(category), result.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string? venueText, string? category, bool json)
    {
        var venues = venueText is null ? BinanceErrorCatalog.Venues : [CliArguments.ParseVenue(venueText)];
        if (category is not null)
        {
            var valid = venues.SelectMany(v => BinanceErrorCatalog.For(v).Categories).Select(c => c.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            if (!valid.Contains(category, StringComparer.OrdinalIgnoreCase))
            {
                throw new CliUsageException($"Unknown category '{category}'. Valid categories: {string.Join(", ", valid)}.");
            }
        }

        var definitions = venues
            .SelectMany(v => BinanceErrorCatalog.For(v).Definitions)
            .Where(d => category is null || string.Equals(d.Category.Id, category, StringComparison.OrdinalIgnoreCase))
            .ToArray();

        if (json)
        {
            console.Output.WriteLine(JsonOutput.Serialize(
                definitions.Select(d => CodeLookupOutput.From(BinanceErrorCatalog.Lookup(d.Venue, d.Code))).ToArray(),
                indented: true));
            return ExitCodes.Success;
        }

        var table = new Table().AddColumn("Venue").AddColumn("Code").AddColumn("Name").AddColumn("Category").AddColumn("Meaning");
        foreach (var d in definitions)
        {
            table.AddRow(
                new Text(CliArguments.VenueName(d.Venue)),
                new Text(d.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(d.Name + (d.IsRetired ? " (retired)" : string.Empty)),
                new Text(d.Category.Id),
                new Text(d.Meaning));
        }

        console.Ansi.Write(table);
        console.Ansi.Write(new Text($"{definitions.Length} codes.\n"));
        return ExitCodes.Success;
    }
}
