using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// Builds tool results: a success carries <c>structuredContent</c> (matching the tool's output schema) plus a text an
/// assistant can quote; a business failure is an <c>isError</c> result whose one sentence says what to fix, so the
/// model can correct itself (JSON-RPC errors are kept for protocol faults).
/// </summary>
internal static class McpToolOutput
{
    // Nulls are written: the output schemas list every property as required (nullable ones as ["T","null"]),
    // and clients that validate structuredContent reject an object that leaves them out.
    private static readonly JsonSerializerOptions Options = new(McpJsonUtilities.DefaultOptions)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    public static CallToolResult Success<T>(T value, string text) => new()
    {
        Content = [new TextContentBlock { Text = text }],
        StructuredContent = JsonSerializer.SerializeToElement(value, Options),
    };

    public static CallToolResult Failure(string sentence) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = SecretMask.Apply(sentence) }],
    };
}
