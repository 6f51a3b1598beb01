using System.Globalization;
using System.Text;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>
/// One user data subscription on a connection: the account's events wrapped as <c>{"subscriptionId": n, "event": …}</c>.
/// A subscription made with <c>userDataStream.subscribe</c> belongs to the session and ends with its logout.
/// </summary>
internal sealed class WebSocketSubscription(int id, string account, bool session, WebSocketConnection connection) : IUserDataSubscriber
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes($"{{\"subscriptionId\":{id.ToString(CultureInfo.InvariantCulture)},\"event\":");

    public int Id => id;

    public string Account => account;

    public bool Session => session;

    public void Deliver(ReadOnlyMemory<byte> eventJson)
    {
        var frame = new byte[_prefix.Length + eventJson.Length + 1];
        _prefix.CopyTo(frame, 0);
        eventJson.Span.CopyTo(frame.AsSpan(_prefix.Length));
        frame[^1] = (byte)'}';
        connection.TrySendEvent(frame);
    }
}
