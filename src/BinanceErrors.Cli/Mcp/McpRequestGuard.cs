using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// Checks every incoming request before the SDK dispatches it, so a client's mistake is answered as the client's
/// mistake: <c>params</c> that do not fit the method's schema (not an object, a member of the wrong JSON type, a
/// required member missing) are JSON-RPC <c>-32602</c> Invalid params naming what is wrong, where the SDK's own
/// deserialization would fail inside the handler as <c>-32603</c> "An error occurred."; a <c>tools/call</c> of a tool
/// the server does not have is <c>-32602</c> with the tools it has, logged as one Warning line (the SDK logs it as an
/// Error and a Warning, each with a stack trace).
/// </summary>
internal static partial class McpRequestGuard
{
    /// <summary>The params each request method the server answers reads, and whether they may be left out.</summary>
    private static readonly Dictionary<string, (Type Type, bool Required)> Params = new(StringComparer.Ordinal)
    {
        [RequestMethods.Initialize] = (typeof(InitializeRequestParams), true),
        [RequestMethods.Ping] = (typeof(PingRequestParams), false),
        [RequestMethods.ToolsList] = (typeof(ListToolsRequestParams), false),
        [RequestMethods.ToolsCall] = (typeof(CallToolRequestParams), true),
        [RequestMethods.ResourcesList] = (typeof(ListResourcesRequestParams), false),
        [RequestMethods.ResourcesTemplatesList] = (typeof(ListResourceTemplatesRequestParams), false),
        [RequestMethods.ResourcesRead] = (typeof(ReadResourceRequestParams), true),
        [RequestMethods.ResourcesSubscribe] = (typeof(SubscribeRequestParams), true),
        [RequestMethods.ResourcesUnsubscribe] = (typeof(UnsubscribeRequestParams), true),
        [RequestMethods.PromptsList] = (typeof(ListPromptsRequestParams), false),
        [RequestMethods.PromptsGet] = (typeof(GetPromptRequestParams), true),
        [RequestMethods.CompletionComplete] = (typeof(CompleteRequestParams), true),
    };

    /// <summary>The incoming message filter: checks, then hands the request on.</summary>
    /// <param name="next">The SDK's handling.</param>
    /// <returns>The filtered handler.</returns>
    public static McpMessageHandler Filter(McpMessageHandler next) => async (context, cancellationToken) =>
    {
        if (context.JsonRpcMessage is JsonRpcRequest request && Params.TryGetValue(request.Method, out var expected))
        {
            var parsed = Read(request, expected.Type, expected.Required);
            if (parsed is CallToolRequestParams call && !context.Server.ServerOptions.ToolCollection!.TryGetPrimitive(call.Name, out _))
            {
                var tools = string.Join(", ", context.Server.ServerOptions.ToolCollection.PrimitiveNames);
                var logger = (context.Services ?? context.Server.Services)?.GetService<ILoggerFactory>()?.CreateLogger(typeof(McpRequestGuard).FullName!);
                if (logger is not null)
                {
                    LogUnknownTool(logger, call.Name);
                }

                throw new McpProtocolException($"Unknown tool: '{call.Name}'. The tools are: {tools}.", McpErrorCode.InvalidParams);
            }
        }

        await next(context, cancellationToken).ConfigureAwait(false);
    };

    private static object? Read(JsonRpcRequest request, Type type, bool required)
    {
        if (request.Params is null)
        {
            return required
                ? throw new McpProtocolException($"Invalid params for {request.Method}: 'params' is missing; it must be a JSON object.", McpErrorCode.InvalidParams)
                : null;
        }

        if (request.Params.GetValueKind() != JsonValueKind.Object)
        {
            throw new McpProtocolException($"Invalid params for {request.Method}: 'params' must be a JSON object, not {request.Params.GetValueKind().ToString().ToLowerInvariant()}.", McpErrorCode.InvalidParams);
        }

        try
        {
            return request.Params.Deserialize(McpJsonUtilities.DefaultOptions.GetTypeInfo(type));
        }
        catch (JsonException ex)
        {
            throw new McpProtocolException($"Invalid params for {request.Method}: {Describe(ex)}", McpErrorCode.InvalidParams);
        }
    }

    /// <summary>What System.Text.Json found wrong, in the client's terms (JSON paths, member names), not .NET type names.</summary>
    private static string Describe(JsonException ex)
    {
        const string Missing = "missing required properties including: ";
        var at = ex.Message.IndexOf(Missing, StringComparison.Ordinal);
        if (at >= 0)
        {
            return $"a required member is missing: {ex.Message[(at + Missing.Length)..].TrimEnd('.')}.";
        }

        return ex.Path is { Length: > 0 } path && path != "$"
            ? $"'params{path[1..]}' has the wrong JSON type or value."
            : "'params' does not fit the method's schema.";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "tools/call of an unknown tool '{Tool}' answered with -32602 Invalid params.")]
    private static partial void LogUnknownTool(ILogger logger, string tool);
}
