using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Encodings.Web;
using BinanceErrors.Cli.Output;
using BinanceErrors.Logs;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// <c>binance-errors scan</c>: finds every Binance error in a bot's log (plain, .gz, or standard input), classifies
/// it and says what the errors mean together. Tables for people (with progress on long files at a terminal), or one
/// JSON object with <c>--json</c>, streamed so that a log of any size is scanned in fixed memory.
/// </summary>
internal static class ScanCommand
{
    /// <summary>Files at least this large get a progress bar when standard output is a terminal.</summary>
    private const long ProgressThreshold = 16L * 1024 * 1024;

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("FILE") { Description = "The log: a text or .gz file, or '-' for standard input (the default when something is piped in).", Arity = ArgumentArity.ZeroOrOne };
        var venue = new Option<string>("--venue") { Description = $"The venue: auto (from the hosts, paths and library names in the log), {CliArguments.ValidVenues}.", DefaultValueFactory = _ => "auto" };
        var json = new Option<bool>("--json") { Description = "Write one JSON object {occurrences, summary} instead of tables." };
        var limit = new Option<int>("--limit") { Description = "How many occurrences the table lists (the summary counts them all); 0 lists none.", DefaultValueFactory = _ => 50 };
        var command = new Command("scan", "Find, classify and explain every Binance error in a bot's log, and what they mean together.") { file, venue, json, limit };
        command.SetAction((result, cancellationToken) =>
        {
            var venueText = result.GetValue(venue)!;
            BinanceVenue? chosen = string.Equals(venueText.Trim(), "auto", StringComparison.OrdinalIgnoreCase) ? null : CliArguments.ParseVenue(venueText);
            var rows = result.GetValue(limit);
            if (rows < 0)
            {
                throw new CliUsageException($"'{rows}' is not a number of rows. Use 0 or more.");
            }

            return Run(console, result.GetValue(file), chosen, result.GetValue(json), rows, cancellationToken);
        });
        return command;
    }

    private static async Task<int> Run(CliConsole console, string? path, BinanceVenue? venue, bool json, int rows, CancellationToken cancellationToken)
    {
        var (stream, name, length) = Open(console, path);
        await using var input = new CountingStream(stream);
        var scanner = new BinanceLogScanner(venue);
        try
        {
            if (json)
            {
                WriteJson(console, scanner.Scan(input, cancellationToken), scanner);
            }
            else
            {
                var shown = new List<LogOccurrence>();
                void Collect()
                {
                    foreach (var occurrence in scanner.Scan(input, cancellationToken))
                    {
                        if (shown.Count < rows)
                        {
                            shown.Add(occurrence);
                        }
                    }
                }

                try
                {
                    if (console.IsTerminal && (length is null || length >= ProgressThreshold))
                    {
                        await WithProgress(console, name, length, input, Collect).ConfigureAwait(false);
                    }
                    else
                    {
                        Collect();
                    }
                }
                finally
                {
                    ScanReport.Write(console, name, shown, scanner.Summary);
                }
            }
        }
        catch (IOException ex)
        {
            throw new CliUsageException($"Reading {name} failed: {ex.Message}");
        }

        if (scanner.Summary.Stopped is { Reason: not LogStopReason.Cancelled } stop)
        {
            await console.Error.WriteLineAsync($"binance-errors: {name}: {stop.Description}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        return ExitCodes.Success;
    }

    private static (Stream Stream, string Name, long? Length) Open(CliConsole console, string? path)
    {
        if (path is null or "-")
        {
            if (path is null && console.InputIsTerminal)
            {
                throw new CliUsageException("Give a log to scan: binance-errors scan bot.log (or bot.log.gz), or pipe one in: journalctl -u bot | binance-errors scan -");
            }

            return (console.OpenInput(), "standard input", null);
        }

        if (Directory.Exists(path))
        {
            throw new CliUsageException($"'{path}' is a directory. Give a log file (text or .gz).");
        }

        if (!File.Exists(path))
        {
            throw new CliUsageException($"'{path}' does not exist.");
        }

        try
        {
            // A bot may still be writing its log: read it as it is, sharing it.
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
            return (stream, path, stream.Length);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new CliUsageException($"Cannot read '{path}': {ex.Message}");
        }
    }

    private static void WriteJson(CliConsole console, IEnumerable<LogOccurrence> occurrences, BinanceLogScanner scanner)
    {
        using var stream = new TextWriterStream(console.Output);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("occurrences");
        try
        {
            var written = 0;
            foreach (var occurrence in occurrences)
            {
                ScanJson.Occurrence(json, occurrence);
                if (++written % 256 == 0)
                {
                    json.Flush();
                }
            }
        }
        finally
        {
            // Also when interrupted: the object is closed and its summary says where the scan stopped.
            json.WriteEndArray();
            json.WritePropertyName("summary");
            ScanJson.Summary(json, scanner.Summary);
            json.WriteEndObject();
            json.Flush();
            console.Output.WriteLine();
            console.Output.Flush();
        }
    }

    private static async Task WithProgress(CliConsole console, string name, long? length, CountingStream input, Action scan)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Detect, Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(console.Output) });
        await terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Scanning {Markup.Escape(name)}", maxValue: length ?? 1);
                task.IsIndeterminate = length is null;
                var scanning = Task.Run(scan);
                while (!scanning.IsCompleted)
                {
                    task.Value = length is null ? 0 : input.BytesRead;
                    if (length is null)
                    {
                        task.Description = $"Scanning {Markup.Escape(name)}: {Size(input.BytesRead)}";
                    }

                    await Task.WhenAny(scanning, Task.Delay(TimeSpan.FromMilliseconds(200), console.Time)).ConfigureAwait(false);
                }

                task.Value = task.MaxValue;
                await scanning.ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    internal static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.##} GB"),
    };
}
