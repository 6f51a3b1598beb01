using Markdig;
using Markdig.Syntax;

namespace BinanceErrors.Docs.Tests;

/// <summary>Finds the fenced blocks of README.md and docs/**/*.md with a CommonMark parser (Markdig).</summary>
public static class DocExamples
{
    private static readonly string Root = FindRepositoryRoot();

    private static readonly Lazy<IReadOnlyList<DocBlock>> All = new(() =>
        [.. MarkdownFiles().SelectMany(f => Parse(f, File.ReadAllText(Path.Combine(Root, f))))]);

    public static string RepositoryRoot => Root;

    /// <summary>Every block of every documentation file, in file order.</summary>
    public static IReadOnlyList<DocBlock> Blocks => All.Value;

    public static DocBlock Find(string id) => Blocks.Single(b => b.Id == id);

    /// <summary>README.md, then every Markdown file under docs/, relative to the repository root.</summary>
    public static IEnumerable<string> MarkdownFiles()
    {
        yield return "README.md";
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/');
        }
    }

    /// <summary>The blocks of one Markdown text. An indented code block is reported as language "(indented)": it cannot carry a tag.</summary>
    public static IReadOnlyList<DocBlock> Parse(string file, string markdown)
    {
        var document = Markdown.Parse(markdown);
        var blocks = new List<DocBlock>();
        foreach (var code in document.Descendants<CodeBlock>())
        {
            var text = string.Join('\n', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()));
            if (code is FencedCodeBlock fenced)
            {
                var language = (fenced.Info ?? string.Empty).Trim().ToLowerInvariant();
                var tags = (fenced.Arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                blocks.Add(new DocBlock(file, fenced.Line + 1, language, tags, text, Prelude(fenced)));
            }
            else
            {
                blocks.Add(new DocBlock(file, code.Line + 1, "(indented)", [], text, null));
            }
        }

        return blocks;
    }

    /// <summary>The code of a <c>&lt;!-- prelude … --&gt;</c> HTML comment that is the block's previous sibling.</summary>
    private static string? Prelude(FencedCodeBlock block)
    {
        if (block.Parent is not { } parent)
        {
            return null;
        }

        var index = parent.IndexOf(block);
        if (index <= 0 || parent[index - 1] is not HtmlBlock html)
        {
            return null;
        }

        var text = string.Join('\n', html.Lines.Lines.Take(html.Lines.Count).Select(l => l.ToString())).Trim();
        const string Open = "<!-- prelude";
        return text.StartsWith(Open, StringComparison.Ordinal) && text.EndsWith("-->", StringComparison.Ordinal)
            ? text[Open.Length..^3].Trim('\n', ' ')
            : null;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BinanceErrors.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (BinanceErrors.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
