using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BinanceErrors.Internal;

/// <summary>
/// Reads a response body of any shape into a code and a message without throwing: JSON with or without
/// <c>code</c>, WebSocket-style envelopes, Spring-style 5XX bodies, HTML pages, text, truncated or invalid bytes.
/// Only a bounded prefix is read, so huge bodies cost no more than small ones.
/// </summary>
internal static class ResponseBodyReader
{
    /// <summary>Bodies are read up to this many bytes; Binance error bodies are a few hundred.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    // Printable ASCII except the quote and the backslash (the bytes of a JSON string that read as themselves) and the
    // backtick (which normalizing removes): a message of only these needs no decoding and no normalizing beyond spaces.
    private static readonly SearchValues<byte> PlainMessageBytes = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~"u8);

    /// <summary>Reads <paramref name="body"/> into <paramref name="result"/> (written in place: the caller's copy is the only one).</summary>
    // Not inlined into the classifier: its span locals would join the classifier's frame, which is zeroed on every call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void Read(ReadOnlySpan<byte> body, Span<char> message, out ParsedBody result)
    {
        if (body.Length > MaxBodyBytes)
        {
            body = body[..MaxBodyBytes];
        }

        result = default;
        var start = SkipWhiteSpace(body);
        if (start == body.Length)
        {
            result.Kind = ResponseBodyKind.Empty;
            return;
        }

        var first = body[start];
        if (first == (byte)'{')
        {
            result.Kind = ResponseBodyKind.Json;
            if (!TryReadCompact(body[start..], message, ref result))
            {
                ReadJson(body[start..], message, ref result);
            }

            result.DataStart += start;
            if (result.Code is not null || result.MessageLength > 0)
            {
                return;
            }
        }

        if (first == (byte)'<' || body.IndexOf("<html"u8) >= 0 || body.IndexOf("<HTML"u8) >= 0)
        {
            result.Kind = ResponseBodyKind.Html;
            result.MessageLength = ReadHtmlTitle(body, message);
            return;
        }

        if (result.Kind != ResponseBodyKind.Json)
        {
            result.Kind = ResponseBodyKind.Text;
        }

        result.MessageLength = ReadText(body[start..], message);
    }

    /// <summary>
    /// Reads the body every Binance REST error has, <c>{"code":-1013,"msg":"Filter failure: LOT_SIZE"}</c> with no
    /// white space and a printable-ASCII message without escapes or backticks, in one pass over the bytes. Anything
    /// else (other order, white space, escapes, non-ASCII, more fields, numbers JSON does not allow) returns
    /// <see langword="false"/> having written nothing, and the JSON reader reads it; the answers are the same either
    /// way, this only skips the reader's general machinery on the common shape.
    /// </summary>
    internal static bool TryReadCompact(ReadOnlySpan<byte> json, Span<char> message, ref ParsedBody result)
    {
        var codePrefix = "{\"code\":"u8;
        if (!json.StartsWith(codePrefix))
        {
            return false;
        }

        var rest = json[codePrefix.Length..];
        var negative = rest.StartsWith((byte)'-');
        var position = negative ? 1 : 0;
        // A scalar loop: codes have at most five digits, too few for a vectorized search to pay for its setup.
        long value = 0;
        var firstDigit = position;
        while (position < rest.Length && rest[position] - (uint)'0' <= 9 && position - firstDigit < 11)
        {
            value = (value * 10) + (rest[position] - '0');
            position++;
        }

        var digitCount = position - firstDigit;
        // JSON numbers have no leading zeros; Int32 has at most 10 digits. Other numbers take the reader's path.
        if (digitCount is < 1 or > 10 || (digitCount > 1 && rest[firstDigit] == (byte)'0'))
        {
            return false;
        }

        value = negative ? -value : value;
        if (value is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        var code = (int)value;
        rest = rest[position..];
        var msgPrefix = ",\"msg\":\""u8;
        if (!rest.StartsWith(msgPrefix))
        {
            return false;
        }

        rest = rest[msgPrefix.Length..];
        // One pass to the first byte that is not printable ASCII or is a quote or backslash: it must be the closing
        // quote. Control bytes are invalid in JSON strings, escapes need decoding and other bytes UTF-8 validation.
        var end = rest.IndexOfAnyExcept(PlainMessageBytes);
        if (end < 0 || rest[end] != (byte)'"' || end > message.Length || end + 1 >= rest.Length || rest[end + 1] != (byte)'}')
        {
            return false;
        }

        System.Text.Ascii.ToUtf16(rest[..end], message, out var written);
        result.Code = code;
        result.MessageLength = written;
        result.PlainMessage = true;
        return true;
    }

    internal static void ReadJson(ReadOnlySpan<byte> body, Span<char> message, ref ParsedBody result)
    {
        var reader = new Utf8JsonReader(body, Options);
        var haveMsg = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                {
                    return;
                }

                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                {
                    continue;
                }

                if (reader.ValueTextEquals("code"u8))
                {
                    reader.Read();
                    result.Code ??= ReadCode(ref reader);
                }
                else if (reader.ValueTextEquals("msg"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        result.MessageLength = CopyString(ref reader, message);
                        haveMsg = true;
                    }
                }
                else if (reader.ValueTextEquals("message"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String && !haveMsg)
                    {
                        result.MessageLength = CopyString(ref reader, message);
                        haveMsg = true;
                    }
                }
                else if (reader.ValueTextEquals("error"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        ReadErrorObject(ref reader, message, ref result, ref haveMsg);
                    }
                    else if (reader.TokenType == JsonTokenType.String && !haveMsg && result.MessageLength == 0)
                    {
                        result.MessageLength = CopyString(ref reader, message);
                    }
                }
                else if (reader.ValueTextEquals("status"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var status) && status is >= 100 and <= 999)
                    {
                        result.Status = status;
                    }
                }
                else if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        var dataStart = (int)reader.TokenStartIndex;
                        reader.Skip();
                        result.DataStart = dataStart;
                        result.DataLength = (int)reader.BytesConsumed - dataStart;
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            result.Truncated = true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            result.Truncated = true;
        }
    }

    private static void ReadErrorObject(ref Utf8JsonReader reader, Span<char> message, ref ParsedBody result, ref bool haveMsg)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != depth + 1)
            {
                continue;
            }

            if (reader.ValueTextEquals("code"u8))
            {
                reader.Read();
                result.Code ??= ReadCode(ref reader);
            }
            else if (reader.ValueTextEquals("msg"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String && !haveMsg)
                {
                    result.MessageLength = CopyString(ref reader, message);
                    haveMsg = true;
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static int? ReadCode(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt32(out var code) ? code : null;
        }

        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.Length <= 11)
        {
            Span<char> digits = stackalloc char[11];
            var n = Encoding.UTF8.GetChars(reader.ValueSpan, digits);
            return int.TryParse(digits[..n], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) ? code : null;
        }

        return null;
    }

    private static int CopyString(ref Utf8JsonReader reader, Span<char> destination)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (raw.Length <= destination.Length)
        {
            return reader.CopyString(destination);
        }

        if (!reader.ValueIsEscaped)
        {
            return DecodePrefix(raw, destination);
        }

        var text = reader.GetString() ?? string.Empty;
        var length = Math.Min(text.Length, destination.Length);
        text.AsSpan(0, length).CopyTo(destination);
        return length;
    }

    private static int ReadHtmlTitle(ReadOnlySpan<byte> body, Span<char> message)
    {
        var open = IndexOfIgnoreCase(body, "<title"u8);
        if (open >= 0)
        {
            var afterTag = body[open..].IndexOf((byte)'>');
            if (afterTag >= 0)
            {
                var content = body[(open + afterTag + 1)..];
                var close = IndexOfIgnoreCase(content, "</title"u8);
                if (close >= 0)
                {
                    content = content[..close];
                }

                var n = DecodePrefix(content, message);
                var trimmed = message[..n].Trim();
                if (trimmed.Length > 0)
                {
                    trimmed.CopyTo(message);
                    return trimmed.Length;
                }
            }
        }

        const string untitled = "HTML page";
        untitled.AsSpan().CopyTo(message);
        return untitled.Length;
    }

    private static int ReadText(ReadOnlySpan<byte> body, Span<char> message)
    {
        var n = DecodePrefix(body, message);
        var text = message[..n];
        var newline = text.IndexOfAny('\r', '\n');
        if (newline >= 0)
        {
            text = text[..newline];
        }

        var trimmed = text.Trim();
        trimmed.CopyTo(message);
        return trimmed.Length;
    }

    /// <summary>Decodes UTF-8 into at most <paramref name="destination"/>'s length, replacing invalid bytes, never throwing.</summary>
    private static int DecodePrefix(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        var take = Math.Min(bytes.Length, destination.Length);
        var decoder = Encoding.UTF8.GetDecoder();
        decoder.Convert(bytes[..take], destination, flush: true, out _, out var charsUsed, out _);
        return charsUsed;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<byte> body)
    {
        var i = 0;
        // A UTF-8 byte order mark is not content.
        if (body.StartsWith("\uFEFF"u8))
        {
            i = 3;
        }

        while (i < body.Length && body[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        for (var i = 0; i + lowerNeedle.Length <= haystack.Length; i++)
        {
            var match = true;
            for (var j = 0; j < lowerNeedle.Length; j++)
            {
                var b = haystack[i + j];
                if (b is >= (byte)'A' and <= (byte)'Z')
                {
                    b = (byte)(b + 32);
                }

                if (b != lowerNeedle[j])
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
