using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// The latest user-data update of each recent order, by client id (and, for a cancel, by the id of the order it ended):
/// what reconciliation asks first, before any <c>order.status</c>, when an order's answer was lost. Bounded: the oldest
/// entries go first once <see cref="Capacity"/> is reached.
/// </summary>
internal sealed class OrderUpdateCache
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, BinanceOrderUpdate> _byClientId = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>Records an update.</summary>
    /// <param name="update">The update.</param>
    public void Record(BinanceOrderUpdate update)
    {
        Put(update.ClientOrderId, update);
        if (update.OriginalClientOrderId is { } original)
        {
            Put(original, update);
        }
    }

    /// <summary>The latest update of an order.</summary>
    /// <param name="clientOrderId">The order's client id.</param>
    /// <param name="update">The update.</param>
    /// <returns>Whether there is one.</returns>
    public bool TryGet(string clientOrderId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BinanceOrderUpdate? update) =>
        _byClientId.TryGetValue(clientOrderId, out update);

    /// <summary>
    /// An answer frame shaped as <c>order.status</c>'s (<c>symbol</c>, <c>orderId</c>, <c>orderListId</c>,
    /// <c>clientOrderId</c>, <c>status</c>, …) built from an update, so that an order settled from the stream reads as
    /// one settled by a look-up.
    /// </summary>
    /// <param name="update">The update.</param>
    /// <returns>The frame.</returns>
    public static byte[] AsOrderStatusFrame(BinanceOrderUpdate update)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNull("id"u8);
            writer.WriteNumber("status"u8, 200);
            writer.WriteStartObject("result"u8);
            writer.WriteString("symbol"u8, update.Symbol);
            writer.WriteNumber("orderId"u8, update.OrderId);
            writer.WriteNumber("orderListId"u8, update.OrderListId);
            writer.WriteString("clientOrderId"u8, update.OriginalClientOrderId ?? update.ClientOrderId);
            if (update.FilledQuantity is { } filled)
            {
                writer.WriteString("executedQty"u8, filled);
            }

            writer.WriteString("status"u8, update.Status);
            if (update.Type is { } type)
            {
                writer.WriteString("type"u8, type);
            }

            if (update.Side is { } side)
            {
                writer.WriteString("side"u8, side);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void Put(string clientOrderId, BinanceOrderUpdate update)
    {
        if (_byClientId.TryGetValue(clientOrderId, out var known) && ReferenceEquals(known, update))
        {
            return;
        }

        if (_byClientId.TryAdd(clientOrderId, update))
        {
            _order.Enqueue(clientOrderId);
            while (_byClientId.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                _byClientId.TryRemove(oldest, out _);
            }
        }
        else
        {
            _byClientId[clientOrderId] = update;
        }
    }
}
