using System.Collections.Concurrent;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// What arrived and what was answered, counted on the server for <see cref="SandboxServer.Stats"/>: requests by
/// route (<c>GET /api/v3/ping</c>, <c>WS order.place</c>) and answers by status (dropped connections not counted).
/// </summary>
internal sealed class RequestLog
{
    private readonly ConcurrentDictionary<(string Method, string Path), int> _requests = new();
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    public void Arrived(string method, string path) => _requests.AddOrUpdate((method, path), 1, (_, n) => n + 1);

    public void Answered(int status) => _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);

    public int RequestCount(string method, string path) => _requests.TryGetValue((method, path), out var n) ? n : 0;

    public int TotalRequests => _requests.Values.Sum();

    public int ResponseCount(int status) => _statuses.TryGetValue(status, out var n) ? n : 0;

    public IEnumerable<KeyValuePair<(string Method, string Path), int>> Requests => _requests;

    public IEnumerable<KeyValuePair<int, int>> Statuses => _statuses;
}
