using System.Text.Json;

namespace BinanceErrors.Cli.Tests;

/// <summary>The outcome of running the CLI in-process with real argument strings.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);

    public static CliRun WithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var code = Program.Run(args, new CliConsole(output, error, reader, color: false));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public JsonElement Json() => JsonDocument.Parse(Output).RootElement.Clone();

    public IReadOnlyList<JsonElement> JsonLines() =>
        [.. Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
}
