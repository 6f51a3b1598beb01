namespace BinanceErrors.Cli.Commands;

/// <summary>
/// One demo order as a venue's adapter builds it: its client order id, its parameters in the order the request sends
/// them, and where it is placed and cancelled (REST paths, or WebSocket API methods).
/// </summary>
internal class DemoOrder
{
    /// <summary>Creates an order.</summary>
    /// <param name="clientId">The client order id (<c>clientAlgoId</c> for an algo order): <c>demo-{runId}-{n}</c>.</param>
    /// <param name="kind">What the table shows in its Order column.</param>
    /// <param name="rests">Whether the order stays open until the demo cancels it.</param>
    /// <param name="place">Where it is placed.</param>
    /// <param name="parameters">The placement's parameters, in order.</param>
    /// <param name="cancel">Where it is cancelled.</param>
    /// <param name="cancelParameters">The cancel's parameters, in order.</param>
    public DemoOrder(string clientId, string kind, bool rests, DemoRoute place, IReadOnlyList<KeyValuePair<string, string>> parameters, DemoRoute cancel, IReadOnlyList<KeyValuePair<string, string>> cancelParameters)
    {
        ClientId = clientId;
        Kind = kind;
        Rests = rests;
        Place = place;
        Parameters = parameters;
        Cancel = cancel;
        CancelParameters = cancelParameters;
    }

    /// <summary>The client order id (<c>clientAlgoId</c> for an algo order): <c>demo-{runId}-{n}</c>.</summary>
    public string ClientId { get; }

    /// <summary>What the table shows in its Order column (<c>LIMIT</c>, <c>MARKET</c>, <c>algo STOP_MARKET</c>).</summary>
    public string Kind { get; }

    /// <summary>Whether the order stays open until the demo cancels it (LIMIT and algo orders).</summary>
    public bool Rests { get; }

    /// <summary>Whether it is a MARKET order.</summary>
    public bool IsMarket => Kind == "MARKET";

    /// <summary>Where the order is placed; faults are injected there.</summary>
    public DemoRoute Place { get; }

    /// <summary>The placement's parameters, in the order they are sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>Where the order is cancelled.</summary>
    public DemoRoute Cancel { get; }

    /// <summary>The cancel's parameters, in the order they are sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> CancelParameters { get; }

    /// <summary>The placement as a REST path and query (the parameters are URL-safe as built).</summary>
    public string PlaceQuery => Query(Place, Parameters);

    /// <summary>The cancel as a REST path and query.</summary>
    public string CancelPath => Query(Cancel, CancelParameters);

    /// <summary>The path faults are injected on.</summary>
    public string PlacePath => Place.Path;

    private static string Query(DemoRoute route, IReadOnlyList<KeyValuePair<string, string>> parameters) =>
        route.Path + "?" + string.Join('&', parameters.Select(p => p.Key + "=" + p.Value));
}
