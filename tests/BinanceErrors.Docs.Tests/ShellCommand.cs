using System.Text;

namespace BinanceErrors.Docs.Tests;

/// <summary>
/// One command of a shell block, split into words as a POSIX shell would (single and double quotes, backslash
/// escapes, <c>\</c> line continuations, <c># comments</c>, <c>&amp;&amp;</c> between commands, leading VAR=value
/// assignments), with the output lines shown under a <c>$ </c> prompt.
/// </summary>
/// <param name="Line">The line of the doc the command starts on.</param>
/// <param name="Words">The words, assignments removed.</param>
/// <param name="ShownOutput">The lines shown under it when the block uses <c>$ </c> prompts; null when none.</param>
public sealed record ShellCommand(int Line, IReadOnlyList<string> Words, string? ShownOutput)
{
    /// <summary>The commands of a block; a block with any <c>$ </c> line shows output under each prompt.</summary>
    public static IReadOnlyList<ShellCommand> Parse(DocBlock block)
    {
        var lines = block.Code.Split('\n');
        var prompted = lines.Any(l => l.StartsWith("$ ", StringComparison.Ordinal));
        var commands = new List<ShellCommand>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (prompted && !line.StartsWith("$ ", StringComparison.Ordinal))
            {
                continue; // output of the command above, collected below
            }

            var start = i;
            var text = prompted ? line[2..] : line;
            while (text.EndsWith('\\') && i + 1 < lines.Length)
            {
                text = text[..^1] + " " + lines[++i].TrimStart();
            }

            string? output = null;
            if (prompted)
            {
                var shown = new List<string>();
                while (i + 1 < lines.Length && !lines[i + 1].StartsWith("$ ", StringComparison.Ordinal))
                {
                    shown.Add(lines[++i]);
                }

                output = string.Join('\n', shown).TrimEnd();
            }

            foreach (var words in Split(text, block, block.FirstCodeLine + start))
            {
                commands.Add(new ShellCommand(block.FirstCodeLine + start, words, output));
            }
        }

        return commands;
    }

    public override string ToString() => string.Join(' ', Words.Select(w => w.Contains(' ', StringComparison.Ordinal) || w.Length == 0 ? $"'{w}'" : w));

    /// <summary>The words of each command on a line (split at <c>&amp;&amp;</c>), without comments and assignments.</summary>
    private static IEnumerable<List<string>> Split(string text, DocBlock block, int line)
    {
        var commands = new List<List<string>> { new() };
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\'':
                    var close = text.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        throw new ExampleFailedException(block, $"line {line}: unterminated single quote");
                    }

                    word.Append(text, i + 1, close - i - 1);
                    i = close;
                    inWord = true;
                    break;
                case '"':
                    i++;
                    for (; i < text.Length && text[i] != '"'; i++)
                    {
                        if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\' or '$' or '`')
                        {
                            i++;
                        }

                        word.Append(text[i]);
                    }

                    if (i >= text.Length)
                    {
                        throw new ExampleFailedException(block, $"line {line}: unterminated double quote");
                    }

                    inWord = true;
                    break;
                case '\\' when i + 1 < text.Length:
                    word.Append(text[++i]);
                    inWord = true;
                    break;
                case '#' when !inWord:
                    i = text.Length; // a comment runs to the end of the line
                    break;
                case '&' when !inWord && i + 1 < text.Length && text[i + 1] == '&':
                    i++;
                    commands.Add([]);
                    break;
                case ' ' or '\t':
                    if (inWord)
                    {
                        commands[^1].Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        if (inWord)
        {
            commands[^1].Add(word.ToString());
        }

        foreach (var command in commands)
        {
            // VAR=value before the command is an environment assignment, not a word of the command.
            var first = command.FindIndex(w => !System.Text.RegularExpressions.Regex.IsMatch(w, "^[A-Za-z_][A-Za-z0-9_]*="));
            if (first > 0)
            {
                command.RemoveRange(0, first);
            }

            if (command.Count > 0 && first >= 0)
            {
                yield return command;
            }
        }
    }
}
