using System.Text.RegularExpressions;

namespace BinanceErrors.Tests.Fixtures;

/// <summary>A code as a source document lists it.</summary>
public sealed record DocumentedCode(int Code, string Name, IReadOnlyList<string> Messages);

/// <summary>
/// Reads the documentation fixtures with code independent of the catalog generator, so that tests compare the
/// catalog against the documents themselves.
/// </summary>
public static partial class DocumentedCodes
{
    public static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docs", file));

    /// <summary>Markdown formatting in the docs (backticks, links, escapes) is not part of the server's text.</summary>
    public static string Clean(string text)
    {
        text = MarkdownLink().Replace(text.Trim(), "$1");
        return text.Replace("`", "", StringComparison.Ordinal)
            .Replace("\\[", "[", StringComparison.Ordinal).Replace("\\]", "]", StringComparison.Ordinal)
            .Replace("\\_", "_", StringComparison.Ordinal).Replace("\\-", "-", StringComparison.Ordinal)
            .Replace("\\*", "*", StringComparison.Ordinal).Replace("\\.", ".", StringComparison.Ordinal)
            .Trim();
    }

    /// <summary>Section 1 of the latest Spot notes: 104 headings.</summary>
    public static IReadOnlyList<DocumentedCode> SpotLatest()
    {
        var result = new List<DocumentedCode>();
        foreach (var line in Read("spot-errors-latest.md").Split('\n'))
        {
            var m = SpotRow().Match(line);
            if (!m.Success || result.Any(r => r.Code == int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            {
                continue;
            }

            result.Add(new DocumentedCode(
                int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups[2].Value.Trim(),
                [.. m.Groups[3].Value.Split("<br>").Select(Clean)]));
        }

        return result;
    }

    /// <summary>The matching-engine message column of section 3 (rows 28a and 28b included).</summary>
    public static IReadOnlyList<string> SpotMatchingEngineMessages()
    {
        var text = Read("spot-errors-latest.md");
        var section = text[text.IndexOf("## 3. Matching-engine messages", StringComparison.Ordinal)..text.IndexOf("## 4.", StringComparison.Ordinal)];
        return [.. section.Split('\n').Select(l => MatchingEngineRow().Match(l)).Where(m => m.Success).Select(m => Clean(m.Groups[1].Value))];
    }

    /// <summary>The filter-failure column of section 4.</summary>
    public static IReadOnlyList<string> SpotFilterFailures()
    {
        var text = Read("spot-errors-latest.md");
        var section = text[text.IndexOf("## 4.", StringComparison.Ordinal)..text.IndexOf("## 5.", StringComparison.Ordinal)];
        return [.. section.Split('\n').Select(l => FilterRow().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim())];
    }

    /// <summary>Headings (<c>### \-NNNN NAME</c> or <c>#### -NNNN NAME</c>) and their bullets.</summary>
    public static IReadOnlyList<DocumentedCode> Headings(string file)
    {
        var result = new List<DocumentedCode>();
        int? code = null;
        string name = "";
        var messages = new List<string>();
        foreach (var raw in Read(file).Split('\n'))
        {
            var line = raw.TrimEnd();
            var heading = HeadingLine().Match(line);
            if (heading.Success)
            {
                Flush();
                code = -int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                name = Clean(StripAnchor().Replace(heading.Groups[2].Value, "")).Trim();
                messages = [];
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                code = null;
                continue;
            }

            var bullet = BulletLine().Match(line);
            if (bullet.Success && code is not null)
            {
                messages.Add(Clean(bullet.Groups[1].Value));
            }
        }

        Flush();
        return result;

        void Flush()
        {
            if (code is { } c)
            {
                result.Add(new DocumentedCode(c, name, [.. messages]));
            }
        }
    }

    /// <summary>The quoted messages of a two-column table (<c>"text" | description</c>) in a file.</summary>
    public static IReadOnlyList<string> QuotedTableMessages(string file, string startMarker, string endMarker)
    {
        var text = Read(file);
        var start = text.IndexOf(startMarker, StringComparison.Ordinal);
        var end = text.IndexOf(endMarker, start + 1, StringComparison.Ordinal);
        var section = text[start..(end < 0 ? text.Length : end)];
        return [.. section.Split('\n').Select(l => QuotedCell().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)];
    }

    /// <summary>The USDⓈ-M / COIN-M table of the futures notes, as (code, USDⓈ-M entry or null, COIN-M entry or null).</summary>
    public static IReadOnlyList<(int Code, DocumentedCode? UsdM, DocumentedCode? CoinM)> Futures()
    {
        var result = new List<(int, DocumentedCode?, DocumentedCode?)>();
        var inTable = false;
        foreach (var line in Read("futures-and-us.md").Split('\n'))
        {
            if (line.StartsWith("| Code | USDⓈ-M NAME", StringComparison.Ordinal))
            {
                inTable = true;
                continue;
            }

            if (!inTable || line.StartsWith("|---", StringComparison.Ordinal))
            {
                continue;
            }

            if (!line.StartsWith("| -", StringComparison.Ordinal))
            {
                if (result.Count > 0)
                {
                    break;
                }

                continue;
            }

            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var code = int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture);
            DocumentedCode? usdm = cells[1] == "—" ? null : new DocumentedCode(code, cells[1], Split(cells[2]));
            DocumentedCode? coinm;
            var coin = cells[3];
            if (coin == "—")
            {
                coinm = null;
            }
            else if (coin == "same")
            {
                coinm = usdm;
            }
            else if (coin.StartsWith("same NAME; msg: ", StringComparison.Ordinal))
            {
                coinm = new DocumentedCode(code, usdm!.Name, Split(coin["same NAME; msg: ".Length..]));
            }
            else
            {
                var m = CoinMCell().Match(coin);
                coinm = new DocumentedCode(code, m.Groups[1].Value, Split(m.Groups[2].Value));
            }

            result.Add((code, usdm, coinm));
        }

        return result;

        static string[] Split(string cell) => [.. cell.Split("<br>").Select(Clean)];
    }

    [GeneratedRegex(@"^\| \d+ \| (-\d+) \| ([^|]+) \| (.*) \| [^|]* \|$")]
    private static partial Regex SpotRow();

    [GeneratedRegex(@"^\| \d+[ab]? \| (.+?) \| .* \| \d{4}-\d{2}-\d{2} \|$")]
    private static partial Regex MatchingEngineRow();

    [GeneratedRegex(@"^\| \d+ \| (Filter failure: [A-Z_]+) \|")]
    private static partial Regex FilterRow();

    [GeneratedRegex(@"^#{3,4} \\?-(\d{4}) (.+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s*\*\s+(.+)$")]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"\[\]\([^)]*\)")]
    private static partial Regex StripAnchor();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^""(.+?)""\s*\|")]
    private static partial Regex QuotedCell();

    [GeneratedRegex(@"^\*\*([A-Za-z_]+)\*\*: (.*)$")]
    private static partial Regex CoinMCell();
}
