using System.Buffers;
using System.Text;
using BinanceErrors.Http;
using BinanceErrors.Http.Calls;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// The WebSocket sign step: <c>apiKey</c>, <c>recvWindow</c> (when the caller set none), a fresh <c>timestamp</c> from
/// the measured server clock, and <c>signature</c> over every parameter but itself, <b>sorted by name</b>, joined as
/// <c>name=value</c> with <c>&amp;</c>, UTF-8 and <b>not percent-encoded</b> (HMAC as hex, RSA and Ed25519 as plain
/// base64). On a session logged on with <c>session.logon</c>, requests carry only the timestamp. A stale key, timestamp
/// or signature from an earlier attempt is never reused: each attempt is signed from the caller's parameters. The
/// payload is written into a pooled buffer and an HMAC key signs into the request's own room, so signing allocates
/// nothing for HMAC keys.
/// </summary>
/// <param name="options">The client options (credentials, recvWindow, clock).</param>
/// <param name="registry">Where the server clock lives.</param>
/// <param name="loggedOn">Whether the connection requests go to is logged on.</param>
internal sealed class WebSocketRequestSigner(BinanceClientOptions options, BinanceLimitRegistry registry, Func<WebSocketRequest, bool> loggedOn) : IRequestSigner<WebSocketRequest>
{
    /// <inheritdoc />
    public ValueTask SignAsync(WebSocketRequest request, CallState state, CancellationToken cancellationToken)
    {
        if (!state.Signed && !state.UserStream)
        {
            request.Unsigned();
            return ValueTask.CompletedTask;
        }

        var credentials = options.Credentials
            ?? throw new InvalidOperationException($"{request.Method} is a SIGNED method; set BinanceClientOptions.Credentials.");
        var session = !request.FullSignature && loggedOn(request);
        long? recvWindow = state.Signed && request.Get("recvWindow") is null ? (long)options.RecvWindow.TotalMilliseconds : null;
        long? timestamp = state.Signed ? state.SigningTimestampMs(registry, options.Venue, options.TimeProvider) : null;
        request.Prepare(session ? null : credentials.ApiKey, recvWindow, timestamp);
        if (state.Signed && !session)
        {
            Sign(request, credentials);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The signed text of a prepared request: its wire parameters but the signature, <c>name=value</c> joined with <c>&amp;</c>, unencoded.</summary>
    /// <param name="request">The request, after <see cref="WebSocketRequest.Prepare"/>.</param>
    /// <returns>The payload.</returns>
    public static string Payload(WebSocketRequest request)
    {
        var payload = new PayloadSink(256);
        try
        {
            request.VisitWire(ref payload, withSignature: false);
            return Encoding.UTF8.GetString(payload.Written);
        }
        finally
        {
            payload.Dispose();
        }
    }

    /// <summary>The signature value as the WebSocket API takes it: HMAC hex; RSA and Ed25519 base64, not percent-encoded (that is REST's form).</summary>
    /// <param name="credentials">The key.</param>
    /// <param name="payload">The payload.</param>
    /// <returns>The signature.</returns>
    public static string Signature(BinanceCredentials credentials, string payload)
    {
        var signature = credentials.Sign(payload);
        return credentials.KeyType == ApiKeyType.Hmac ? signature : Uri.UnescapeDataString(signature);
    }

    /// <summary>Signs a prepared request: an HMAC key into the request's room, RSA and Ed25519 through the general path.</summary>
    /// <param name="request">The request, after <see cref="WebSocketRequest.Prepare"/>.</param>
    /// <param name="credentials">The key.</param>
    public static void Sign(WebSocketRequest request, BinanceCredentials credentials)
    {
        var payload = new PayloadSink(256);
        try
        {
            request.VisitWire(ref payload, withSignature: false);
            if (credentials.TrySignHmac(payload.Written, request.HmacBuffer, out var written) && written == request.HmacBuffer.Length)
            {
                request.SignedHmac();
                return;
            }

            // RSA and Ed25519 sign the same text through the general path (their signing dwarfs the copies).
            request.Signed(Signature(credentials, Encoding.UTF8.GetString(payload.Written)));
        }
        finally
        {
            payload.Dispose();
        }
    }

    /// <summary>The payload as UTF-8 in a pooled buffer.</summary>
    private struct PayloadSink(int capacity) : IWireSink
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(capacity);
        private int _length;

        public readonly ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public void Pair(string name, ReadOnlySpan<char> value)
        {
            Ensure(name.Length + Encoding.UTF8.GetMaxByteCount(value.Length) + 2);
            if (_length > 0)
            {
                _buffer[_length++] = (byte)'&';
            }

            _length += Encoding.UTF8.GetBytes(name, _buffer.AsSpan(_length));
            _buffer[_length++] = (byte)'=';
            _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
        }

        public void Number(string name, long value)
        {
            Span<char> digits = stackalloc char[20];
            Pair(name, digits[..WebSocketRequest.Format(value, digits)]);
        }

        public readonly void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

        private void Ensure(int more)
        {
            if (_length + more <= _buffer.Length)
            {
                return;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
