using BinanceErrors.Preflight;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary>The human-readable answer of <c>validate</c>, the same for every venue: changes, verdict, what was not checked.</summary>
internal static class ValidationText
{
    /// <summary>Writes the normalizer's changes (if any), the verdict with the catalog's hint, and the rules left unchecked.</summary>
    public static void Write(CliConsole console, IReadOnlyList<OrderChange> changes, BinanceError? error, string validSentence, IEnumerable<string> notChecked)
    {
        if (changes.Count > 0)
        {
            var table = new Table().AddColumn("Parameter").AddColumn("From").AddColumn("To").AddColumn("Why");
            foreach (var change in changes)
            {
                table.AddRow(new Text(change.Parameter), new Text(change.From ?? string.Empty), new Text(change.To), new Text(change.Reason));
            }

            console.Ansi.Write(table);
        }

        if (error is not null)
        {
            console.Ansi.Write(new Text($"REJECTED: {error.Code} {error.Name}: {error.Message}\n"));
            if (error.Definition is { } definition)
            {
                console.Ansi.Write(new Text($"What to do: {definition.Hint}\n"));
            }
        }
        else
        {
            console.Ansi.Write(new Text(validSentence + "\n"));
        }

        var names = notChecked.ToArray();
        if (names.Length > 0)
        {
            console.Ansi.Write(new Text($"Not checked (context missing): {string.Join(", ", names)}\n"));
        }
    }
}
