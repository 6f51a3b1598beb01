using System.Buffers;
using System.Text;
using System.Text.Json;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// What an operation answers on success: a status (200, or 409 for a half-done cancel-replace) and its JSON, written
/// by <see cref="Write"/> or given whole as <see cref="RawJson"/>. The transport wraps it: a REST body or a WebSocket
/// API <c>result</c>.
/// </summary>
/// <param name="Status">The HTTP status (a WebSocket API answer's <c>status</c>).</param>
/// <param name="Write">Writes the JSON value; not called when <see cref="RawJson"/> is set.</param>
/// <param name="PlacedOrder">Whether an order was placed (the answer then reports the account's order counts).</param>
/// <param name="RawJson">The JSON value as text, when the operation built it already.</param>
internal readonly record struct OperationResult(int Status, Action<Utf8JsonWriter> Write, bool PlacedOrder = false, string? RawJson = null)
{
    /// <summary>A 200 answer written by <paramref name="write"/>.</summary>
    public static OperationResult Json(Action<Utf8JsonWriter> write) => new(200, write);

    /// <summary>A 200 answer with an empty object, as <c>ping</c> answers.</summary>
    public static OperationResult Empty() => new(200, json =>
    {
        json.WriteStartObject();
        json.WriteEndObject();
    });

    /// <summary>A 200 answer with JSON already rendered.</summary>
    public static OperationResult Raw(string json, bool placedOrder = false) => new(200, _ => { }, placedOrder, json);

    /// <summary>Renders a JSON value to text (for answers built from parts, such as cancel-replace's).</summary>
    public static string Render(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the value into <paramref name="json"/>, whichever form it has.</summary>
    public void WriteTo(Utf8JsonWriter json)
    {
        if (RawJson is not null)
        {
            json.WriteRawValue(RawJson, skipInputValidation: true);
        }
        else
        {
            Write(json);
        }
    }
}
