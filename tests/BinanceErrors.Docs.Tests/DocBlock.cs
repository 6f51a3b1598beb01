namespace BinanceErrors.Docs.Tests;

/// <summary>One fenced block of a Markdown file: its language, its tags, its text and the setup hidden before it.</summary>
/// <param name="File">The file, relative to the repository root with '/' separators, e.g. docs/cli.md.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Language">The first word of the info string, lower case ("" when none).</param>
/// <param name="Tags">The other words of the info string, e.g. no-run, shape, exit=1.</param>
/// <param name="Code">The block's text, lines joined with '\n'.</param>
/// <param name="Prelude">The code of a <c>&lt;!-- prelude … --&gt;</c> comment right before the block (C# only), or null.</param>
public sealed record DocBlock(string File, int Line, string Language, IReadOnlyList<string> Tags, string Code, string? Prelude)
{
    /// <summary>Where the block is, as the test names it: docs/cli.md:25.</summary>
    public string Id => $"{File}:{Line}";

    /// <summary>The line of the block's first code line.</summary>
    public int FirstCodeLine => Line + 1;

    /// <summary>Whether the block is compiled or parsed only (it needs a real account, a network, minutes, …).</summary>
    public bool NoRun => HasTag("no-run");

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The value of a tag written as name=value, e.g. exit=1.</summary>
    public string? TagValue(string name) =>
        Tags.FirstOrDefault(t => t.StartsWith(name + "=", StringComparison.Ordinal)) is { } tag ? tag[(name.Length + 1)..] : null;

    public override string ToString() => Id;
}
