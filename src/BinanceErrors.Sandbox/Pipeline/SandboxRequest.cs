
namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// One request to the sandbox's exchange API, whichever transport carried it: the endpoint it asks for, its
/// parameters (with the text that was signed), the API key and where it came from, the client's IP (limits and bans
/// are per IP) and, over the WebSocket API, the connection.
/// </summary>
internal sealed class SandboxRequest
{
    /// <summary>The REST route or WebSocket API method asked for.</summary>
    public required Endpoint Endpoint { get; init; }

    /// <summary>The parameters, from the query string and form body or from the WebSocket request's <c>params</c>.</summary>
    public required RequestParameters Parameters { get; init; }

    /// <summary>The API key sent with the request; empty when none was.</summary>
    public required string ApiKey { get; init; }

    /// <summary>Where <see cref="ApiKey"/> came from.</summary>
    public ApiKeySource KeySource { get; init; }

    /// <summary>The client's IP address, as text.</summary>
    public required string ClientIp { get; init; }

    /// <summary>The WebSocket connection; <see langword="null"/> for REST.</summary>
    public IClientConnection? Connection { get; init; }

    /// <summary>Signals that the client went away (fault delays stop waiting).</summary>
    public CancellationToken Aborted { get; init; }
}
