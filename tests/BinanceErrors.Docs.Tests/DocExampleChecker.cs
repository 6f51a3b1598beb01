using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BinanceErrors.Docs.Tests;

/// <summary>
/// Checks one block by its language (docs/testing.md, "Examples in the docs", is the user's description):
/// C# is compiled and run; shell lines run the built CLI and compare the output they show; a <c>synopsis</c> names only
/// options the command has; JSON is parsed, a JSON-RPC request is sent to the MCP server and the next block must be its
/// answer; <c>text</c> is not an example.
/// </summary>
public sealed partial class DocExampleChecker(ExampleServices services)
{
    /// <summary>A demo line runs with at most this many orders; its shown output is then compared by shape.</summary>
    public const int MaxDemoOrders = 20;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public async Task CheckAsync(DocBlock block)
    {
        switch (block.Language)
        {
            case "csharp" or "cs" or "c#":
                if (block.NoRun)
                {
                    CSharpExample.Compile(block);
                }
                else
                {
                    await CSharpExample.RunAsync(block, Timeout);
                }

                break;
            case "sh" or "bash" or "shell" or "console" or "":
                await CheckShellAsync(block);
                break;
            case "synopsis":
                CheckSynopsis(block);
                break;
            case "json":
                await CheckJsonAsync(block);
                break;
            case "xml":
                Parse(block, () => XDocument.Parse(block.Code));
                break;
            case "text":
                break; // explicitly not an example: log lines, tables, output shown without its command
            case "(indented)":
                throw new ExampleFailedException(block, "is an indented code block: fence it with ``` and a language so it can be checked");
            default:
                throw new ExampleFailedException(block, $"has the language '{block.Language}', which the docs harness does not check: use csharp, sh, console, synopsis, json, xml, or text when it is not an example");
        }
    }

    private async Task CheckShellAsync(DocBlock block)
    {
        foreach (var command in ShellCommand.Parse(block))
        {
            var words = command.Words;
            if (BuiltCli.TryGetArguments(words, out var args))
            {
                await CheckCliAsync(block, command, args);
            }
            else if (words[0] == "curl")
            {
                if (!block.NoRun)
                {
                    await CurlAsync(block, command);
                }
            }
            else if (words[0] == "dotnet")
            {
                // Builds, tests and packs are not run inside the tests; the solution or project they name must exist.
                var project = words.ToList().IndexOf("--project");
                var target = project > 0 && project + 1 < words.Count ? words[project + 1] : words.Skip(2).FirstOrDefault(w => !w.StartsWith('-'));
                if (target is not null && !target.Contains('<', StringComparison.Ordinal) && LooksLikePath(target))
                {
                    MustExist(block, command, target);
                }
            }
            else if (words[0].StartsWith("scripts/", StringComparison.Ordinal) || words[0].StartsWith(".ci/", StringComparison.Ordinal))
            {
                MustExist(block, command, words[0]); // scripts are run by hand or by .ci/run, not here
            }
            else if (words[0] is "python3" or "bash" or "sh" or "node" && words.Count > 1)
            {
                MustExist(block, command, words[1]);
            }
            else
            {
                throw new ExampleFailedException(block, $"line {command.Line}: '{words[0]}' is not a command the harness knows (binance-errors, dotnet, curl, scripts/…); tag the block text if it is not an example");
            }
        }
    }

    private static async Task CheckCliAsync(DocBlock block, ShellCommand command, IReadOnlyList<string> args)
    {
        if (args.Any(a => a is "<" or ">" or "|" or "2>&1"))
        {
            if (!block.NoRun)
            {
                throw new ExampleFailedException(block, $"line {command.Line}: the harness does not run redirections or pipes; tag the block no-run or show a command without them");
            }

            args = [.. args.TakeWhile(a => a is not ("<" or ">" or "|" or "2>&1"))];
        }

        var errors = BuiltCli.ParseErrors(args);
        if (errors.Count > 0)
        {
            throw new ExampleFailedException(block, $"line {command.Line}: binance-errors does not accept `{command}`: {string.Join(" ", errors)} (a command grammar belongs in a block tagged synopsis)");
        }

        // Servers run until they are stopped: they are parsed, not run (the CLI tests start and stop them).
        if (block.NoRun || args.Count == 0 || args[0] is "sandbox" or "mcp" || args.Contains("--help") || args.Contains("-h"))
        {
            if (command.ShownOutput is { Length: > 0 } && !block.NoRun)
            {
                throw new ExampleFailedException(block, $"line {command.Line}: shows the output of a server command, which the harness cannot check");
            }

            return;
        }

        var run = args[0] == "demo" ? CapOrders(args) : args;
        var (exitCode, output, error) = await BuiltCli.RunAsync(run, Timeout);
        var expected = block.TagValue("exit") is { } exit ? int.Parse(exit, CultureInfo.InvariantCulture) : 0;
        if (exitCode != expected)
        {
            throw new ExampleFailedException(block, $"line {command.Line}: `{command}` exits {exitCode}, expected {expected}{(block.TagValue("exit") is null ? " (tag the block exit=N when the example shows a failure)" : string.Empty)}.\n{error}{output}");
        }

        if (command.ShownOutput is { Length: > 0 } shown)
        {
            var shape = block.HasTag("shape") || !ReferenceEquals(run, args);
            CompareOutput(block, command, shown, output, shape);
        }
    }

    private static void CompareOutput(DocBlock block, ShellCommand command, string shown, string output, bool shape)
    {
        var trimmed = shown.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            JsonNode? real;
            try
            {
                real = JsonComparison.Parse(output);
            }
            catch (JsonException)
            {
                throw new ExampleFailedException(block, $"line {command.Line}: shows JSON but `{command}` writes:\n{output}");
            }

            var shownJson = Parse(block, () => JsonComparison.Parse(shown));
            var problems = shape ? JsonComparison.ShapeDifferences(shownJson, real) : JsonComparison.ValueDifferences(shownJson, real);
            if (problems.Count > 0)
            {
                throw new ExampleFailedException(block, $"line {command.Line}: the output shown for `{command}` is not what it writes{(shape ? " (compared by shape)" : string.Empty)}:\n{string.Join("\n", problems)}\nReal output:\n{output}");
            }

            return;
        }

        var (expected, actual) = (Lines(shown), Lines(output));
        if (expected != actual)
        {
            throw new ExampleFailedException(block, $"line {command.Line}: the output shown for `{command}` is not what it writes.\nShown:\n{expected}\nReal:\n{actual}");
        }
    }

    private static string Lines(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    private static IReadOnlyList<string> CapOrders(IReadOnlyList<string> args)
    {
        var copy = args.ToArray();
        for (var i = 0; i + 1 < copy.Length; i++)
        {
            if (copy[i] == "--orders" && int.TryParse(copy[i + 1], CultureInfo.InvariantCulture, out var orders) && orders > MaxDemoOrders)
            {
                copy[i + 1] = MaxDemoOrders.ToString(CultureInfo.InvariantCulture);
                return copy;
            }
        }

        return args;
    }

    private static void CheckSynopsis(DocBlock block)
    {
        var tree = BuiltCli.Tree();
        var entries = new List<(int Line, string Text)>();
        var lines = block.Code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("binance-errors", StringComparison.Ordinal))
            {
                entries.Add((block.FirstCodeLine + i, lines[i]));
            }
            else if (lines[i].Trim().Length > 0)
            {
                if (entries.Count == 0)
                {
                    throw new ExampleFailedException(block, $"line {block.FirstCodeLine + i}: a synopsis line starts with binance-errors");
                }

                entries[^1] = (entries[^1].Line, entries[^1].Text + " " + lines[i].Trim());
            }
        }

        foreach (var (line, text) in entries)
        {
            var name = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) ?? string.Empty;
            var command = tree.Subcommands.FirstOrDefault(c => c.Name == name)
                ?? throw new ExampleFailedException(block, $"line {line}: binance-errors has no command '{name}'");
            var known = command.Options.Concat(tree.Options.Where(o => o.Recursive))
                .SelectMany(o => o.Aliases.Append(o.Name))
                .Concat(["--help", "-h", "-?"])
                .ToHashSet(StringComparer.Ordinal);
            var unknown = OptionName().Matches(text).Select(m => m.Value).Where(o => !known.Contains(o)).Distinct().ToArray();
            if (unknown.Length > 0)
            {
                throw new ExampleFailedException(block, $"line {line}: binance-errors {name} has no option {string.Join(", ", unknown)}");
            }
        }
    }

    private async Task CheckJsonAsync(DocBlock block)
    {
        var node = Parse(block, () => JsonComparison.Parse(block.Code));
        foreach (var server in Servers(node))
        {
            // An MCP host configuration: the arguments it starts binance-errors with must parse.
            var args = server["args"]!.AsArray().Select(a => a!.GetValue<string>()).ToArray();
            var errors = BuiltCli.ParseErrors(args);
            if (errors.Count > 0)
            {
                throw new ExampleFailedException(block, $"configures binance-errors with arguments it does not accept: {string.Join(" ", errors)}");
            }
        }

        if (node is JsonObject request && request.ContainsKey("jsonrpc") && request.ContainsKey("method") && request.ContainsKey("id"))
        {
            await ReplayAsync(block, request);
        }
    }

    /// <summary>Sends a documented JSON-RPC request to the MCP server; the next block of the file must be its answer.</summary>
    private async Task ReplayAsync(DocBlock block, JsonObject request)
    {
        var blocks = DocExamples.Blocks.Where(b => b.File == block.File).ToList();
        var next = blocks.ElementAtOrDefault(blocks.FindIndex(b => b.Line == block.Line) + 1);
        if (next is null || next.Language != "json")
        {
            throw new ExampleFailedException(block, "is a JSON-RPC request, but the next block is not the JSON answer");
        }

        var shown = Parse(next, () => JsonComparison.Parse(next.Code));
        var mcp = await services.McpAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var answer = await mcp.SendAsync(request, timeout.Token);

        // The doc shows either the whole message or, as the MCP docs do, its result.
        var real = shown is JsonObject o && o.ContainsKey("jsonrpc") ? answer : answer["result"] ?? answer;
        var problems = JsonComparison.ValueDifferences(shown, real);
        if (problems.Count > 0)
        {
            throw new ExampleFailedException(next, $"is not what the MCP server answers to the request at line {block.Line}:\n{string.Join("\n", problems)}\nReal answer:\n{real!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");
        }
    }

    private async Task CurlAsync(DocBlock block, ShellCommand command)
    {
        var sandbox = await services.SandboxAsync();
        string method = "GET", url = string.Empty;
        string? data = null;
        var headers = new List<(string Name, string Value)>();
        var words = command.Words;
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-X" or "--request":
                    method = words[++i];
                    break;
                case "-H" or "--header":
                    var header = words[++i];
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d" or "--data" or "--data-raw":
                    data = words[++i];
                    method = method == "GET" ? "POST" : method;
                    break;
                case "-s" or "--silent" or "-i":
                    break;
                default:
                    url = words[i];
                    break;
            }
        }

        var target = new Uri(url.Contains("://", StringComparison.Ordinal) ? url : "http://" + url);
        var address = new UriBuilder(target) { Host = sandbox.BaseAddress.Host, Port = sandbox.BaseAddress.Port }.Uri;
        using var http = new HttpClient();
        using var message = new HttpRequestMessage(new HttpMethod(method), address);
        var contentType = headers.FirstOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
        if (data is not null)
        {
            message.Content = new StringContent(data, System.Text.Encoding.UTF8, contentType ?? "application/x-www-form-urlencoded");
        }

        foreach (var (name, value) in headers.Where(h => !h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(message);
        if (!response.IsSuccessStatusCode)
        {
            throw new ExampleFailedException(block, $"line {command.Line}: `{command}` is answered {(int)response.StatusCode} by the sandbox: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static IEnumerable<JsonObject> Servers(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            if (o["command"] is JsonValue c && c.GetValueKind() == JsonValueKind.String && c.GetValue<string>() == "binance-errors" && o["args"] is JsonArray)
            {
                yield return o;
            }

            foreach (var (_, value) in o)
            {
                foreach (var inner in Servers(value))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool LooksLikePath(string word) => word.Contains('/', StringComparison.Ordinal) || word.EndsWith(".slnx", StringComparison.Ordinal) || word.EndsWith(".csproj", StringComparison.Ordinal);

    private static void MustExist(DocBlock block, ShellCommand command, string path)
    {
        var full = Path.Combine(DocExamples.RepositoryRoot, path);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new ExampleFailedException(block, $"line {command.Line}: `{command}` names {path}, which does not exist");
        }
    }

    private static T Parse<T>(DocBlock block, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is JsonException or System.Xml.XmlException)
        {
            throw new ExampleFailedException(block, $"is not valid {block.Language}: {ex.Message}");
        }
    }

    [GeneratedRegex("(?<![A-Za-z0-9-])--[a-z0-9][a-z0-9-]*")]
    private static partial Regex OptionName();
}
