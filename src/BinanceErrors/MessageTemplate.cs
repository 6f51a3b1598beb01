using BinanceErrors.Internal;

namespace BinanceErrors;

/// <summary>
/// One documented message text, exactly as the exchange spells it (typos included), with its placeholders
/// (<c>%s</c>, <c>%d</c>, <c>%b</c>) named so that matched messages yield typed arguments.
/// </summary>
/// <remarks>
/// A catalog entry, not a value: it does not override equality. Its text and form identify it within its code
/// (<see cref="BinanceError"/> compares templates that way).
/// </remarks>
public sealed class MessageTemplate
{
    internal MessageTemplate(string text, MessageForm form, IReadOnlyList<string> argumentNames, string? source)
    {
        Text = text;
        Form = form;
        ArgumentNames = argumentNames;
        Source = source;
        Pattern = TemplatePattern.Compile(text);
        Literals = SplitAtPlaceholders(text);
        ArgumentCount = argumentNames.Count;
        BannedUntilIndex = IndexOf(argumentNames, "bannedUntil");
        IntervalIndex = IndexOf(argumentNames, "interval");
        // The text is its normalized form plus what normalizing cut off the end (usually the final period) when
        // nothing else changed; a message matched exactly then equals the text with its values iff it ends the same.
        ExactTail = text.StartsWith(Pattern.Normalized, StringComparison.Ordinal)
            && Literals.Length == Pattern.PlaceholderCount + 1 && ArgumentCount == Pattern.PlaceholderCount
            ? text[Pattern.Normalized.Length..]
            : null;
    }

    /// <summary>The message text with its placeholders, character for character as documented.</summary>
    public string Text { get; }

    /// <summary>Whether the server sends this text, and in which form.</summary>
    public MessageForm Form { get; }

    /// <summary>One name per placeholder, in order (e.g. <c>limit</c>, <c>interval</c>).</summary>
    public IReadOnlyList<string> ArgumentNames { get; }

    /// <summary>Where the text was documented, when it is not the venue's main error page.</summary>
    public string? Source { get; }

    /// <summary>Whether the text has placeholders.</summary>
    public bool HasArguments => ArgumentCount > 0;

    internal TemplatePattern Pattern { get; }

    /// <summary>The text around the placeholders, as written (one more piece than placeholders), found once here.</summary>
    internal string[] Literals { get; }

    // The classifier reads these on every classification; counted and looked up once here instead of through the
    // name list each time.
    internal int ArgumentCount { get; }

    /// <summary>What follows the normalized text in <see cref="Text"/>, when normalizing changed nothing else; otherwise <see langword="null"/>.</summary>
    internal string? ExactTail { get; }

    /// <summary>The position of the <c>bannedUntil</c> placeholder, or -1.</summary>
    internal int BannedUntilIndex { get; }

    /// <summary>The position of the <c>interval</c> placeholder, or -1.</summary>
    internal int IntervalIndex { get; }

    /// <summary>Tests a received message against this template, tolerating case, spacing, backticks and final periods.</summary>
    /// <param name="message">The message as received.</param>
    /// <param name="arguments">The placeholder values, in order, when it matches.</param>
    /// <returns><see langword="true"/> when the message is an instance of this template.</returns>
    public bool TryMatch(string message, out IReadOnlyList<TemplateArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(message);
        Span<char> buffer = stackalloc char[MessageText.MaxNormalizedLength];
        var normalized = MessageText.Normalize(message, buffer);
        Span<Range> captures = stackalloc Range[TemplatePattern.MaxPlaceholders];
        if (!Pattern.TryMatch(normalized, captures))
        {
            arguments = [];
            return false;
        }

        arguments = TemplateArgument.Create(this, normalized, captures);
        return true;
    }

    /// <summary>Writes the message the exchange would send for these placeholder values, in order.</summary>
    /// <param name="values">One value per placeholder.</param>
    /// <returns>The message text.</returns>
    /// <exception cref="ArgumentException">The number of values differs from the number of placeholders.</exception>
    public string Format(params ReadOnlySpan<string> values)
    {
        if (values.Length != ArgumentNames.Count)
        {
            throw new ArgumentException($"The template \"{Text}\" has {ArgumentNames.Count} placeholders, not {values.Length}.", nameof(values));
        }

        var text = new System.Text.StringBuilder(Text.Length + 32);
        var rest = Text.AsSpan();
        foreach (var value in values)
        {
            var (index, length) = TemplatePattern.FindPlaceholderIn(rest);
            text.Append(rest[..index]).Append(value);
            rest = rest[(index + length)..];
        }

        return text.Append(rest).ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string[] SplitAtPlaceholders(string text)
    {
        var literals = new List<string>();
        var rest = text.AsSpan();
        while (true)
        {
            var (index, length) = TemplatePattern.FindPlaceholderIn(rest);
            if (index < 0)
            {
                literals.Add(rest.ToString());
                return [.. literals];
            }

            literals.Add(rest[..index].ToString());
            rest = rest[(index + length)..];
        }
    }
}
