using System.Buffers;
using System.Text;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// Builds a SIGNED request's URI: the query as sent without any old <c>timestamp</c> or <c>signature</c>, a
/// <c>recvWindow</c> when there is none, a fresh <c>timestamp</c>, and the <c>signature</c> over that query followed by
/// the body. The text is assembled in pooled buffers and an HMAC key signs into a span, so the only allocations are the
/// new URI's string and the <see cref="Uri"/> itself.
/// </summary>
internal static class SignedQuery
{
    private const int SignatureRoom = 128;

    public static Uri Create(Uri uri, BinanceCredentials credentials, long recvWindowMs, long timestampMs, ReadOnlySpan<byte> body)
    {
        // The escaped form, as Uri.Query gives it, so the signed text is exactly what goes on the wire.
        var absolute = uri.AbsoluteUri;
        var fragment = absolute.IndexOf('#', StringComparison.Ordinal);
        var withoutFragment = fragment < 0 ? absolute.AsSpan() : absolute.AsSpan(0, fragment);
        var queryStart = withoutFragment.IndexOf('?');
        var prefix = queryStart < 0 ? withoutFragment : withoutFragment[..queryStart];
        var query = queryStart < 0 ? [] : withoutFragment[(queryStart + 1)..];

        var chars = ArrayPool<char>.Shared.Rent(prefix.Length + query.Length + 96 + SignatureRoom);
        byte[]? payload = null;
        try
        {
            var text = chars.AsSpan();
            prefix.CopyTo(text);
            var length = prefix.Length;
            text[length++] = '?';
            var signedStart = length;
            length += CopyWithout(query, text[length..], out var hasRecvWindow);
            if (!hasRecvWindow)
            {
                length += AppendPair(text[length..], length > signedStart, "recvWindow=", recvWindowMs);
            }

            length += AppendPair(text[length..], length > signedStart, "timestamp=", timestampMs);
            var signed = text[signedStart..length];

            payload = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(signed.Length) + body.Length);
            var payloadLength = Encoding.UTF8.GetBytes(signed, payload);
            body.CopyTo(payload.AsSpan(payloadLength));
            payloadLength += body.Length;

            "&signature=".CopyTo(text[length..]);
            length += "&signature=".Length;
            if (credentials.TrySignHmac(payload.AsSpan(0, payloadLength), text[length..], out var written))
            {
                length += written;
                return new Uri(new string(text[..length]));
            }

            // RSA and Ed25519 sign the same text through the general path (their signing dwarfs the copies).
            var signature = credentials.Sign(Encoding.UTF8.GetString(payload, 0, payloadLength));
            return new Uri(string.Concat(text[..length], signature));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (payload is not null)
            {
                ArrayPool<byte>.Shared.Return(payload);
            }
        }
    }

    /// <summary>Copies the query's pairs except <c>timestamp</c> and <c>signature</c>, dropping empty ones.</summary>
    private static int CopyWithout(ReadOnlySpan<char> query, Span<char> destination, out bool hasRecvWindow)
    {
        hasRecvWindow = false;
        var length = 0;
        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            if (pair.IsEmpty)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair[..equals];
            if (name.SequenceEqual("timestamp") || name.SequenceEqual("signature"))
            {
                continue;
            }

            hasRecvWindow |= equals > 0 && name.SequenceEqual("recvWindow");
            if (length > 0)
            {
                destination[length++] = '&';
            }

            pair.CopyTo(destination[length..]);
            length += pair.Length;
        }

        return length;
    }

    private static int AppendPair(Span<char> destination, bool separator, string name, long value)
    {
        var length = 0;
        if (separator)
        {
            destination[length++] = '&';
        }

        name.CopyTo(destination[length..]);
        length += name.Length;
        value.TryFormat(destination[length..], out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        return length + written;
    }
}
