using System.Globalization;

namespace BinanceErrors.Cli.Validation;

/// <summary>One market-context field a venue's rules read: its name, what it holds, and where its value goes.</summary>
/// <typeparam name="TContext">The venue's market context (Spot's <c>MarketContext</c>, futures' <c>FuturesMarketContext</c>).</typeparam>
/// <param name="Name">The field's name, e.g. markPrice.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Set">The context with the value set.</param>
/// <param name="Expected">How a tool's answer says what the value must be, e.g. "a whole number, e.g. 3".</param>
internal sealed record ContextField<TContext>(string Name, ContextValueKind Kind, Func<TContext, ContextValue, TContext> Set, string Expected)
    where TContext : struct
{
    /// <summary>A price field.</summary>
    public static ContextField<TContext> Decimal(string name, Func<TContext, decimal, TContext> set) =>
        new(name, ContextValueKind.Decimal, (c, v) => set(c, v.Number), "a decimal number such as 65000.5");

    /// <summary>A count of orders.</summary>
    public static ContextField<TContext> Count(string name, Func<TContext, int, TContext> set) =>
        new(name, ContextValueKind.Count, (c, v) => set(c, v.Count), "a whole number, e.g. 3");

    /// <summary>A true/false setting; <paramref name="expected"/> says what each value means.</summary>
    public static ContextField<TContext> Boolean(string name, Func<TContext, bool, TContext> set, string expected) =>
        new(name, ContextValueKind.Boolean, (c, v) => set(c, v.Flag), expected);

    /// <summary>Reads the fields given into a context; a field the venue does not read, or a value that cannot be read, is a usage error worded by <paramref name="describe"/>.</summary>
    /// <exception cref="CliUsageException">A field or value that cannot be read.</exception>
    public static TContext Read(
        IReadOnlyList<ContextField<TContext>> fields, IEnumerable<KeyValuePair<string, string>> given, ValidationVenue venue, Func<ContextProblem, string> describe)
    {
        var context = default(TContext);
        foreach (var (name, text) in given)
        {
            var field = fields.FirstOrDefault(f => f.Name == name)
                ?? throw new CliUsageException(describe(new ContextProblem(name, text, Kind: null, Expected: null, venue)));
            var value = field.Kind switch
            {
                ContextValueKind.Decimal when decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => new ContextValue(Number: number, 0, false),
                ContextValueKind.Count when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) => new ContextValue(0, Count: count, false),
                ContextValueKind.Boolean when text is "true" or "false" => new ContextValue(0, 0, Flag: text == "true"),
                _ => throw new CliUsageException(describe(new ContextProblem(name, text, field.Kind, field.Expected, venue))),
            };
            context = field.Set(context, value);
        }

        return context;
    }
}
