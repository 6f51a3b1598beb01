using System.Net.WebSockets;
using System.Text;

namespace BinanceErrors.WebSocket.Tests;

/// <summary>The server side of one client connection of the fixture.</summary>
internal sealed class FixtureConnection(System.Net.WebSockets.WebSocket socket, int number)
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Number { get; } = number;

    public System.Net.WebSockets.WebSocket Socket { get; } = socket;

    /// <summary>Completes when the connection ended (the client closed it, or it was aborted).</summary>
    public Task Closed => _closed.Task;

    /// <summary>Whether the client closed it with a close frame (a drain), rather than the server dropping it.</summary>
    public bool ClosedByClient { get; set; }

    public async Task SendAsync(string frame)
    {
        await _send.WaitAsync();
        try
        {
            await Socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame, as a network failure does.</summary>
    public void Drop() => Socket.Abort();

    /// <summary>Closes the connection from the server's side, as the exchange does after a ban.</summary>
    public Task CloseAsync(string reason) => Socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, reason, CancellationToken.None);

    internal void MarkClosed() => _closed.TrySetResult();
}
