using System.Collections.Concurrent;

namespace BinanceErrors.Docs.Tests;

/// <summary>
/// What a compiled C# example printed on the lines whose comment shows the output: the harness rewrites
/// <c>Console.WriteLine(x); // shown</c> into <c>ExampleOutput.Shown(x, "shown", line)</c>. The comment must be what
/// the line prints, optionally followed by a remark in parentheses: <c>// ORDER_WOULD_IMMEDIATELY_TRIGGER (Spot: …)</c>;
/// an ellipsis (…) stands for text left out: <c>// BTCUSDT order 28 EXPIRED (…): The taker order would … Not an error.</c>
/// </summary>
public sealed class ExampleOutput
{
    // The example runs on its own task; the harness sets this for that task's flow only.
    private static readonly AsyncLocal<ExampleOutput?> CurrentRun = new();

    private readonly ConcurrentQueue<string> _mismatches = new();
    private readonly ConcurrentDictionary<int, int> _printed = new();

    public static ExampleOutput? Current
    {
        get => CurrentRun.Value;
        internal set => CurrentRun.Value = value;
    }

    public IReadOnlyCollection<string> Mismatches => _mismatches;

    /// <summary>How often each line with shown output printed.</summary>
    public IReadOnlyDictionary<int, int> Printed => _printed;

    /// <summary>Called by the rewritten example in place of <c>Console.WriteLine(value)</c>.</summary>
    public static void Shown(object? value, string shown, int line)
    {
        var printed = value?.ToString() ?? string.Empty;
        Console.WriteLine(printed);
        var run = Current ?? throw new InvalidOperationException("ExampleOutput.Shown called outside an example run.");
        run._printed.AddOrUpdate(line, 1, (_, n) => n + 1);
        if (!Matches(printed, shown))
        {
            run._mismatches.Enqueue($"line {line} prints \"{printed}\" but its comment shows \"{shown}\"");
        }
    }

    /// <summary>
    /// The comment is the printed text, or the printed text followed by a remark in parentheses; an ellipsis (…) in the
    /// comment stands for any text the line prints there.
    /// </summary>
    public static bool Matches(string printed, string shown) =>
        printed.Length > 0 && (Elided(printed, shown) || (shown.StartsWith(printed + " (", StringComparison.Ordinal) && shown.EndsWith(')')));

    private static bool Elided(string printed, string shown)
    {
        var pieces = shown.Split('…');
        if (pieces.Length == 1)
        {
            return printed == shown;
        }

        if (!printed.StartsWith(pieces[0], StringComparison.Ordinal) || !printed.EndsWith(pieces[^1], StringComparison.Ordinal)
            || printed.Length < pieces[0].Length + pieces[^1].Length)
        {
            return false;
        }

        var at = pieces[0].Length;
        var end = printed.Length - pieces[^1].Length;
        foreach (var piece in pieces[1..^1])
        {
            var found = printed.IndexOf(piece, at, end - at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + piece.Length;
        }

        return true;
    }
}
