using System.Globalization;
using System.Runtime.CompilerServices;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// One request of the WebSocket API as the per-call core handles it: the method and the caller's parameters (with the
/// client order id the call added), and after the sign step what it adds on the wire (<c>apiKey</c>, <c>recvWindow</c>,
/// <c>timestamp</c>, <c>signature</c>). The wire form is never built as a list: <see cref="VisitWire{TSink}"/> walks it in
/// order (a signed request's parameters sorted by name), for the signed payload and for the frame alike. An attempt gets
/// a fresh request, so no attempt resends another's timestamp or signature.
/// </summary>
internal sealed class WebSocketRequest(string method, List<KeyValuePair<string, string>> parameters)
{
    // Sorting a signed request's parameters happens on the stack up to this many; more (never seen) use an array.
    private const int SortOnStack = 64;

    private HmacHex _hmac;
    private bool _hasHmac;

    /// <summary>The method (<c>order.place</c>, …).</summary>
    public string Method { get; } = method;

    /// <summary>The parameters before signing.</summary>
    public List<KeyValuePair<string, string>> Parameters { get; } = parameters;

    /// <summary>The connection the request must go to (a <c>session.logon</c> or subscription on a replacement); <see langword="null"/> for the current one.</summary>
    public WebSocketConnection? Connection { get; init; }

    /// <summary>Whether to sign with <c>apiKey</c> and <c>signature</c> even on a logged-on session (<c>session.logon</c> itself).</summary>
    public bool FullSignature { get; init; }

    /// <summary>Whether the sign step prepared the request (then it goes out sorted by name, with what the step added).</summary>
    public bool IsSigned { get; private set; }

    /// <summary>The <c>apiKey</c> the sign step added; <see langword="null"/> on a logged-on session.</summary>
    public string? ApiKey { get; private set; }

    /// <summary>The <c>recvWindow</c> the sign step added (the caller gave none).</summary>
    public long? RecvWindowMs { get; private set; }

    /// <summary>The <c>timestamp</c> the sign step added.</summary>
    public long? TimestampMs { get; private set; }

    /// <summary>An RSA or Ed25519 <c>signature</c> (an HMAC one is kept inline, see <see cref="SignatureText"/>).</summary>
    public string? Signature { get; private set; }

    /// <summary>The <c>signature</c> on the wire, or empty when there is none.</summary>
    public ReadOnlySpan<char> SignatureText => _hasHmac ? (ReadOnlySpan<char>)_hmac : Signature.AsSpan();

    /// <summary>Room for an HMAC-SHA256 signature's 64 hex digits, so it is not a string of its own.</summary>
    public Span<char> HmacBuffer => _hmac;

    /// <summary>The value of a parameter, or <see langword="null"/>.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>Its value.</returns>
    public string? Get(string name) => WebSocketMethods.Value(Parameters, name);

    /// <summary>What the sign step adds (any earlier additions are replaced); the signature comes after, over the payload.</summary>
    /// <param name="apiKey">The key, or <see langword="null"/> on a logged-on session.</param>
    /// <param name="recvWindowMs">A recvWindow to add, when the caller gave none.</param>
    /// <param name="timestampMs">The timestamp, for a SIGNED method.</param>
    public void Prepare(string? apiKey, long? recvWindowMs, long? timestampMs)
    {
        IsSigned = true;
        ApiKey = apiKey;
        RecvWindowMs = recvWindowMs;
        TimestampMs = timestampMs;
        Signature = null;
        _hasHmac = false;
    }

    /// <summary>Sent as given: no additions, the caller's order.</summary>
    public void Unsigned()
    {
        IsSigned = false;
        ApiKey = null;
        RecvWindowMs = null;
        TimestampMs = null;
        Signature = null;
        _hasHmac = false;
    }

    /// <summary>The <c>signature</c>, as text (RSA, Ed25519).</summary>
    /// <param name="signature">The value.</param>
    public void Signed(string signature) => Signature = signature;

    /// <summary>The <c>signature</c> written into <see cref="HmacBuffer"/> (64 hex digits).</summary>
    public void SignedHmac() => _hasHmac = true;

    /// <summary>
    /// Walks the parameters as they go on the wire: the caller's order for an unsigned request; for a prepared one every
    /// parameter but a caller's <c>apiKey</c>, <c>timestamp</c> and <c>signature</c> with the step's additions, sorted by
    /// name (ordinal), then the <c>signature</c> when <paramref name="withSignature"/>.
    /// </summary>
    /// <typeparam name="TSink">Where the pairs go (a struct, so the walk allocates nothing).</typeparam>
    /// <param name="sink">The sink.</param>
    /// <param name="withSignature">Whether to end with the signature (not for the payload it signs).</param>
    public void VisitWire<TSink>(ref TSink sink, bool withSignature)
        where TSink : struct, IWireSink
    {
        var parameters = Parameters;
        if (!IsSigned)
        {
            foreach (var (name, value) in parameters)
            {
                sink.Pair(name, value);
            }

            return;
        }

        Span<int> order = parameters.Count <= SortOnStack ? stackalloc int[parameters.Count] : new int[parameters.Count];
        var count = 0;
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Key is "apiKey" or "timestamp" or "signature")
            {
                continue;
            }

            // Insertion sort by name (stable: a repeated name keeps its order), a handful of parameters at most.
            var at = count++;
            while (at > 0 && string.CompareOrdinal(parameters[order[at - 1]].Key, parameters[i].Key) > 0)
            {
                order[at] = order[at - 1];
                at--;
            }

            order[at] = i;
        }

        // The additions in name order: apiKey < recvWindow < timestamp.
        var added = 0;
        for (var i = 0; i < count; i++)
        {
            var name = parameters[order[i]].Key;
            while (NextAddition(ref added, name, ref sink))
            {
            }

            sink.Pair(name, parameters[order[i]].Value);
        }

        while (NextAddition(ref added, null, ref sink))
        {
        }

        if (withSignature && (_hasHmac || Signature is not null))
        {
            sink.Pair("signature", SignatureText);
        }
    }

    /// <summary>Emits the next addition when it sorts before <paramref name="before"/> (or at the end); false when none is due.</summary>
    private bool NextAddition<TSink>(ref int added, string? before, ref TSink sink)
        where TSink : struct, IWireSink
    {
        while (added < 3)
        {
            var (name, present) = added switch
            {
                0 => ("apiKey", ApiKey is not null),
                1 => ("recvWindow", RecvWindowMs is not null),
                _ => ("timestamp", TimestampMs is not null),
            };
            if (!present)
            {
                added++;
                continue;
            }

            if (before is not null && string.CompareOrdinal(name, before) > 0)
            {
                return false;
            }

            added++;
            switch (name)
            {
                case "apiKey":
                    sink.Pair(name, ApiKey);
                    break;
                case "recvWindow":
                    sink.Number(name, RecvWindowMs!.Value);
                    break;
                default:
                    sink.Number(name, TimestampMs!.Value);
                    break;
            }

            return true;
        }

        return false;
    }

    /// <summary>The text of a number parameter the sign step added.</summary>
    /// <param name="value">The value.</param>
    /// <param name="destination">Room for at least 20 characters.</param>
    /// <returns>The characters written.</returns>
    public static int Format(long value, Span<char> destination) =>
        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture) ? written : throw new ArgumentException("No room for the number.", nameof(destination));

    /// <summary>64 characters inline (an HMAC-SHA256 signature in hex).</summary>
    [InlineArray(64)]
    private struct HmacHex
    {
        private char _first;
    }
}
