namespace BinanceErrors.Sandbox;

/// <summary>What a <see cref="SandboxServer"/> answered so far, counted on the server (<c>GET /sandbox/stats</c>).</summary>
/// <param name="ResponsesByStatus">API responses per HTTP status, e.g. <c>"200": 412, "429": 0</c> (dropped connections are not counted).</param>
/// <param name="Requests">API requests that arrived (admin requests not counted).</param>
/// <param name="RequestsByEndpoint">API requests per method and path, e.g. <c>"POST /api/v3/order": 100</c>.</param>
/// <param name="AcceptedOrders">Orders the engine accepted.</param>
public sealed record SandboxStats(
    IReadOnlyDictionary<string, int> ResponsesByStatus,
    int Requests,
    IReadOnlyDictionary<string, int> RequestsByEndpoint,
    int AcceptedOrders);
