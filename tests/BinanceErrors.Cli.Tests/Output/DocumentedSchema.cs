using System.Text.Json;
using BinanceErrors.Cli.Tests.Mcp;
using Json.Schema;

namespace BinanceErrors.Cli.Tests.Output;

/// <summary>The JSON Schemas published in <c>docs/schemas/</c>, loaded with JsonSchema.Net, and a check that names every violation.</summary>
public sealed class DocumentedSchema
{
    /// <summary>One registry for all: validation.schema.json refers to classification.schema.json.</summary>
    private static readonly BuildOptions Options = new() { SchemaRegistry = new SchemaRegistry() };

    public static readonly DocumentedSchema Classification = Load("classification.schema.json");

    public static readonly DocumentedSchema Code = Load("code.schema.json");

    public static readonly DocumentedSchema Validation = Load("validation.schema.json");

    private readonly JsonSchema _schema;

    private DocumentedSchema(string fileName, JsonElement document, JsonSchema schema)
    {
        FileName = fileName;
        Document = document;
        _schema = schema;
    }

    public string FileName { get; }

    /// <summary>The schema file as JSON, e.g. to compare its property list with an MCP tool's output schema.</summary>
    public JsonElement Document { get; }

    public IReadOnlyList<string> PropertyNames => [.. Document.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

    public static string Directory => Path.Combine(McpToolTests.RepositoryRoot(), "docs", "schemas");

    /// <summary>Fails with every error the validator reports, each with its location in the instance.</summary>
    public void ShouldValidate(JsonElement instance, string what)
    {
        var result = _schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return;
        }

        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        throw new Shouldly.ShouldAssertException($"{what} does not match docs/schemas/{FileName}:\n{string.Join("\n", errors)}\n{instance.GetRawText()}");
    }

    /// <summary>Whether the instance validates (for tests proving the schema rejects what it must).</summary>
    public bool Accepts(JsonElement instance) => _schema.Evaluate(instance).IsValid;

    private static DocumentedSchema Load(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(Directory, fileName));
        var schema = JsonSchema.FromText(text, Options, new Uri("https://binance-errors.invalid/schemas/" + fileName));
        return new DocumentedSchema(fileName, JsonDocument.Parse(text).RootElement.Clone(), schema);
    }
}
