using System.Globalization;
using System.Text;
using BinanceErrors.Http;
using BinanceErrors.Http.Calls;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// The WebSocket sign step: <c>apiKey</c>, <c>recvWindow</c> (when the caller set none), a fresh <c>timestamp</c> from
/// the measured server clock, and <c>signature</c> over every parameter but itself, <b>sorted by name</b>, joined as
/// <c>name=value</c> with <c>&amp;</c>, UTF-8 and <b>not percent-encoded</b> (HMAC as hex, RSA and Ed25519 as plain
/// base64). On a session logged on with <c>session.logon</c>, requests carry only the timestamp. A stale key, timestamp
/// or signature from an earlier attempt is never reused: each attempt is signed from the caller's parameters.
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
            request.Signed = null;
            return ValueTask.CompletedTask;
        }

        var credentials = options.Credentials
            ?? throw new InvalidOperationException($"{request.Method} is a SIGNED method; set BinanceClientOptions.Credentials.");
        var session = !request.FullSignature && loggedOn(request);
        var parameters = new List<KeyValuePair<string, string>>(request.Parameters.Count + 4);
        var hasRecvWindow = false;
        foreach (var pair in request.Parameters)
        {
            if (pair.Key is "apiKey" or "timestamp" or "signature")
            {
                continue;
            }

            hasRecvWindow |= pair.Key == "recvWindow";
            parameters.Add(pair);
        }

        if (!session)
        {
            parameters.Add(new("apiKey", credentials.ApiKey));
        }

        if (state.Signed)
        {
            if (!hasRecvWindow)
            {
                parameters.Add(new("recvWindow", ((long)options.RecvWindow.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)));
            }

            parameters.Add(new("timestamp", state.SigningTimestampMs(registry, options.Venue, options.TimeProvider).ToString(CultureInfo.InvariantCulture)));
        }

        parameters.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        if (state.Signed && !session)
        {
            parameters.Add(new("signature", Signature(credentials, Payload(parameters))));
        }

        request.Signed = parameters;
        return ValueTask.CompletedTask;
    }

    /// <summary>The signed text: the parameters in their (sorted) order, <c>name=value</c> joined with <c>&amp;</c>, unencoded.</summary>
    /// <param name="parameters">The parameters, sorted, without the signature.</param>
    /// <returns>The payload.</returns>
    public static string Payload(IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var text = new StringBuilder(256);
        foreach (var (name, value) in parameters)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(name).Append('=').Append(value);
        }

        return text.ToString();
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
}
