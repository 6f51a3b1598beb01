using System.Text.Json;

namespace BinanceErrors.WebSocket;

/// <summary>
/// The answer to one WebSocket API request: its status, its result (or the classified error), and, when the request's
/// own answer was lost and the order was found by a look-up instead, how it was settled.
/// </summary>
public sealed class BinanceWebSocketResponse
{
    private readonly ReadOnlyMemory<byte> _frame;
    private JsonElement? _result;

    internal BinanceWebSocketResponse(string method, int status, ReadOnlyMemory<byte> frame, BinanceError? error, string? clientOrderId, string? reconciliation)
    {
        Method = method;
        Status = status;
        _frame = frame;
        Error = error;
        ClientOrderId = clientOrderId;
        Reconciliation = reconciliation;
    }

    /// <summary>The method that was called.</summary>
    public string Method { get; }

    /// <summary>The answer's <c>status</c> (200 for a success; 400, 401, 403, 409, 418, 429 or 5XX otherwise).</summary>
    public int Status { get; }

    /// <summary>Whether the exchange accepted the request.</summary>
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The classification of an error answer; <see langword="null"/> for a success.</summary>
    public BinanceError? Error { get; }

    /// <summary>The order's client id (the one the call added when the caller gave none), for order methods.</summary>
    public string? ClientOrderId { get; }

    /// <summary>
    /// How an unknown outcome was settled when this answer is not the request's own but a look-up's (<c>found</c>,
    /// <c>found after resend</c>); <see langword="null"/> for the request's own answer. A found order's result is the
    /// <c>order.status</c> result.
    /// </summary>
    public string? Reconciliation { get; }

    /// <summary>The whole answer frame (UTF-8 JSON), as received.</summary>
    public ReadOnlyMemory<byte> Frame => _frame;

    /// <summary>The <c>result</c> member (an object or array); <see cref="JsonValueKind.Undefined"/> for an error answer.</summary>
    public JsonElement Result => _result ??= ParseResult();

    /// <summary>Returns this answer when it is a success; otherwise throws the exception its classification calls for.</summary>
    /// <returns>This answer.</returns>
    /// <exception cref="BinanceApiException">The answer is an error; its type says which kind.</exception>
    public BinanceWebSocketResponse EnsureSuccess() =>
        IsSuccess || Error is null ? this : throw BinanceApiException.Create(Error, ClientOrderId);

    /// <summary>The method and status.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Method} {Status}" + (Error is { } error ? $" {error.Code} {error.Kind}" : string.Empty) + (Reconciliation is { } r ? $" (reconciled: {r})" : string.Empty);

    private JsonElement ParseResult()
    {
        var result = Internal.WebSocketFrames.Member(_frame, "result"u8);
        if (result.IsEmpty)
        {
            return default;
        }

        using var document = JsonDocument.Parse(result);
        return document.RootElement.Clone();
    }
}
