using System.Globalization;
using System.Text.Json;
using BinanceErrors.Http;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// Reads and writes the WebSocket API's JSON envelope: a request <c>{"id","method","params"}</c>; an answer's
/// <c>id</c>, <c>status</c>, <c>result</c>, <c>error.data.retryAfter</c> and <c>rateLimits</c>; an event frame
/// (<c>event</c> at the top, with or without <c>subscriptionId</c>). Readers never throw on a malformed frame: what
/// cannot be read is absent.
/// </summary>
internal static class WebSocketFrames
{
    // Parameters that the API documents as numbers (LONG/INT); everything else is sent as a JSON string, as the
    // documentation's examples do. The signature covers the text either way.
    private static readonly HashSet<string> NumberParameters = new(StringComparer.Ordinal)
    {
        "timestamp", "recvWindow", "orderId", "orderListId", "cancelOrderId", "strategyId", "strategyType",
        "trailingDelta", "limit", "fromId", "startTime", "endTime", "goodTillDate", "newQty",
    };

    /// <summary>How request frames are written: unchecked structure (ours), and text escaped only where JSON requires it.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a request frame (and flushes it into the writer's buffer).</summary>
    /// <param name="writer">The writer, reset onto the frame's buffer.</param>
    /// <param name="id">The request id.</param>
    /// <param name="request">The request (its parameters as they go on the wire).</param>
    public static void WriteRequest(Utf8JsonWriter writer, ReadOnlySpan<char> id, WebSocketRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, id);
        writer.WriteString("method"u8, request.Method);
        var sink = new JsonSink(writer);
        if (request.IsSigned || request.Parameters.Count > 0)
        {
            writer.WriteStartObject("params"u8);
            request.VisitWire(ref sink, withSignature: true);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>
    /// Reads what routes a frame: whether it has an id and, when the id is one this connection sent
    /// (<paramref name="idPrefix"/> and a request number), that number; whether the id is an explicit null, its status,
    /// whether it is an event. No string is made of the id.
    /// </summary>
    /// <param name="frame">The frame.</param>
    /// <param name="idPrefix">The connection's id prefix, UTF-8 (<c>"3-"</c>).</param>
    /// <returns>The header.</returns>
    public static FrameHeader ReadHeader(ReadOnlySpan<byte> frame, ReadOnlySpan<byte> idPrefix)
    {
        var header = new FrameHeader(false, -1, false, 0, false);
        try
        {
            var reader = new Utf8JsonReader(frame);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return header;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    header = reader.TokenType switch
                    {
                        JsonTokenType.String => header with { HasId = true, Sequence = reader.ValueIsEscaped ? -1 : Sequence(reader.ValueSpan, idPrefix) },
                        JsonTokenType.Number => header with { HasId = true },
                        JsonTokenType.Null => header with { IdIsNull = true },
                        _ => header,
                    };
                }
                else if (reader.ValueTextEquals("status"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var status))
                    {
                        header = header with { Status = status };
                    }
                }
                else if (reader.ValueTextEquals("event"u8))
                {
                    header = header with { IsEvent = true };
                    reader.Read();
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
        }

        return header;
    }

    /// <summary>The request number in an id of the form <c>{prefix}{number}</c>, or -1.</summary>
    private static long Sequence(ReadOnlySpan<byte> id, ReadOnlySpan<byte> prefix) =>
        id.StartsWith(prefix) && System.Buffers.Text.Utf8Parser.TryParse(id[prefix.Length..], out long number, out var consumed) && consumed == id.Length - prefix.Length && number >= 0
            ? number
            : -1;

    /// <summary>The bytes of the top-level member <paramref name="name"/>'s value (an object, array or scalar), or empty.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="name">The member.</param>
    /// <returns>The value's JSON text.</returns>
    public static ReadOnlyMemory<byte> Member(ReadOnlyMemory<byte> frame, ReadOnlySpan<byte> name)
    {
        try
        {
            var reader = new Utf8JsonReader(frame.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return ReadOnlyMemory<byte>.Empty;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(name);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (match)
                {
                    return frame[start..(int)reader.BytesConsumed];
                }
            }
        }
        catch (JsonException)
        {
        }

        return ReadOnlyMemory<byte>.Empty;
    }

    /// <summary><c>error.data.retryAfter</c> (epoch ms) of a 429 or 418 answer, when present.</summary>
    /// <param name="frame">The answer.</param>
    /// <returns>The instant, or <see langword="null"/>.</returns>
    public static long? RetryAfterMs(ReadOnlyMemory<byte> frame)
    {
        var error = Member(frame, "error"u8);
        if (error.IsEmpty)
        {
            return null;
        }

        var data = Member(error, "data"u8);
        if (data.IsEmpty)
        {
            return null;
        }

        var value = Member(data, "retryAfter"u8);
        return Utf8Long(value.Span);
    }

    /// <summary>
    /// Reads the answer's <c>rateLimits</c> into <paramref name="found"/>, or all of them into <paramref name="more"/> when
    /// they do not fit. <c>REQUEST_WEIGHT</c>, <c>RAW_REQUESTS</c> and <c>ORDERS</c>; intervals <c>SECOND</c> to <c>DAY</c>.
    /// </summary>
    /// <param name="frame">The answer.</param>
    /// <param name="found">Room for the usual counts.</param>
    /// <param name="more">Every count, when <paramref name="found"/> was too small.</param>
    /// <returns>How many counts are in <paramref name="found"/>.</returns>
    public static int ReadUsage(ReadOnlyMemory<byte> frame, Span<BinanceLimitUsage> found, out List<BinanceLimitUsage>? more)
    {
        more = null;
        var count = 0;
        var limits = Member(frame, "rateLimits"u8);
        if (limits.IsEmpty)
        {
            return 0;
        }

        try
        {
            var reader = new Utf8JsonReader(limits.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return 0;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                BinanceLimitKind? kind = null;
                long unitMs = 0, number = 0, used = -1;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("rateLimitType"u8))
                    {
                        reader.Read();
                        kind = reader.ValueTextEquals("REQUEST_WEIGHT"u8) ? BinanceLimitKind.RequestWeight
                            : reader.ValueTextEquals("ORDERS"u8) ? BinanceLimitKind.Orders
                            : reader.ValueTextEquals("RAW_REQUESTS"u8) ? BinanceLimitKind.RawRequests
                            : null;
                    }
                    else if (reader.ValueTextEquals("interval"u8))
                    {
                        reader.Read();
                        unitMs = reader.ValueTextEquals("SECOND"u8) ? 1_000
                            : reader.ValueTextEquals("MINUTE"u8) ? 60_000
                            : reader.ValueTextEquals("HOUR"u8) ? 3_600_000
                            : reader.ValueTextEquals("DAY"u8) ? 86_400_000
                            : 0;
                    }
                    else if (reader.ValueTextEquals("intervalNum"u8))
                    {
                        reader.Read();
                        number = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var n) ? n : 0;
                    }
                    else if (reader.ValueTextEquals("count"u8))
                    {
                        reader.Read();
                        used = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var c) ? c : -1;
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }

                if (kind is null || unitMs == 0 || number <= 0 || used < 0)
                {
                    continue;
                }

                var usage = new BinanceLimitUsage(kind.Value, unitMs * number, used);
                if (more is not null)
                {
                    more.Add(usage);
                }
                else if (count < found.Length)
                {
                    found[count++] = usage;
                }
                else
                {
                    more = [.. found, usage];
                }
            }
        }
        catch (JsonException)
        {
        }

        return count;
    }

    /// <summary>A string or number JSON value as a long (the API prints ids and times either way).</summary>
    /// <param name="value">The value's JSON text.</param>
    /// <returns>The number, or <see langword="null"/>.</returns>
    public static long? Utf8Long(ReadOnlySpan<byte> value)
    {
        if (value.Length >= 2 && value[0] == (byte)'"')
        {
            value = value[1..^1];
        }

        return System.Buffers.Text.Utf8Parser.TryParse(value, out long number, out var consumed) && consumed == value.Length ? number : null;
    }

    private static bool IsNumber(ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        var dot = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '-' && i == 0 && value.Length > 1)
            {
                continue;
            }

            if (c == '.' && !dot && i > 0 && i < value.Length - 1)
            {
                dot = true;
                continue;
            }

            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return !(value.Length > 1 && value[0] == '0' && value[1] != '.');
    }

    /// <summary>Writes wire parameters into the request frame's <c>params</c>.</summary>
    private readonly struct JsonSink(Utf8JsonWriter writer) : IWireSink
    {
        public void Pair(string name, ReadOnlySpan<char> value)
        {
            if (NumberParameters.Contains(name) && IsNumber(value))
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(value, skipInputValidation: true);
            }
            else
            {
                writer.WriteString(name, value);
            }
        }

        public void Number(string name, long value) => writer.WriteNumber(name, value);
    }

    /// <summary>Formats a long for a parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its invariant text.</returns>
    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
