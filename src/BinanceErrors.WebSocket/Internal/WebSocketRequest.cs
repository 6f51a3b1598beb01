namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// One request of the WebSocket API as the per-call core handles it: the method and the caller's parameters (with the
/// client order id the call added), and after the sign step the parameters as they go on the wire. An attempt gets a
/// fresh request, so no attempt resends another's timestamp or signature.
/// </summary>
internal sealed class WebSocketRequest(string method, List<KeyValuePair<string, string>> parameters)
{
    /// <summary>The method (<c>order.place</c>, …).</summary>
    public string Method { get; } = method;

    /// <summary>The parameters before signing.</summary>
    public List<KeyValuePair<string, string>> Parameters { get; } = parameters;

    /// <summary>The parameters as sent (key, timestamp and signature added, sorted by name); <see langword="null"/> for an unsigned request.</summary>
    public List<KeyValuePair<string, string>>? Signed { get; set; }

    /// <summary>The connection the request must go to (a <c>session.logon</c> or subscription on a replacement); <see langword="null"/> for the current one.</summary>
    public WebSocketConnection? Connection { get; init; }

    /// <summary>Whether to sign with <c>apiKey</c> and <c>signature</c> even on a logged-on session (<c>session.logon</c> itself).</summary>
    public bool FullSignature { get; init; }

    /// <summary>What goes on the wire.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Wire => Signed ?? Parameters;

    /// <summary>The value of a parameter, or <see langword="null"/>.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>Its value.</returns>
    public string? Get(string name)
    {
        foreach (var (key, value) in Parameters)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
