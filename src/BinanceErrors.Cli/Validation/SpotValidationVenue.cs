using BinanceErrors.Preflight;

namespace BinanceErrors.Cli.Validation;

/// <summary>The Spot-shaped venues, Spot and Binance.US: <c>GET /api/v3/exchangeInfo</c>, <see cref="OrderValidator"/> and <see cref="OrderNormalizer"/>.</summary>
internal sealed class SpotValidationVenue : ValidationVenue
{
    /// <summary>The context fields a Spot-shaped order can be checked against, as the tools document them.</summary>
    public const string ContextFieldNames = "referencePrice, averagePrice, lastPrice, bestBid, bestAsk, openOrders, openAlgoOrders, openIcebergOrders, position";

    /// <summary>Binance Spot (and its testnet).</summary>
    public static readonly SpotValidationVenue Spot = new(BinanceVenue.Spot, "Spot");

    /// <summary>Binance.US.</summary>
    public static readonly SpotValidationVenue Us = new(BinanceVenue.BinanceUs, "Binance.US");

    private static readonly ContextField<MarketContext>[] Fields = [.. ContextFieldNames.Split(", ").Select(Field)];

    private SpotValidationVenue(BinanceVenue venue, string displayName)
        : base(venue, displayName, "GET /api/v3/exchangeInfo", "BinanceErrors.Cli.spot-default.json")
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> ContextFields { get; } = ContextFieldNames.Split(", ");

    /// <inheritdoc/>
    public override string ValidSentence => "VALID: the exchange would accept this order.";

    /// <summary>The wire-style names of the rules that were not checked, e.g. <c>PERCENT_PRICE_BY_SIDE</c>.</summary>
    internal static IEnumerable<string> NotCheckedNames(PreflightChecks checks) => FlagNames(checks, flag => flag switch
    {
        PreflightChecks.TriggerDirection => "TRIGGER_DIRECTION",
        PreflightChecks.MakerCross => "LIMIT_MAKER_CROSS",
        PreflightChecks.OrderListPrices => "ORDER_LIST_PRICES",
        _ => FilterTypeNames.All.First(p => p.Key.ToString() == flag.ToString()).Value,
    });

    /// <inheritdoc/>
    private protected override VenueRules Compile(string json, bool exchangeInfoGiven) =>
        new Rules(this, ExchangeRules.Compile(ExchangeInfo.Parse(json), Venue), exchangeInfoGiven);

    /// <summary>An order's parameters with Binance names, as checked (after normalization when asked).</summary>
    private static IEnumerable<(string Name, string Value)> Parameters(OrderRequest o) => Present(
        ("symbol", o.Symbol), ("side", o.Side), ("type", o.Type), ("timeInForce", o.TimeInForce), ("quantity", o.Quantity),
        ("quoteOrderQty", o.QuoteOrderQty), ("price", o.Price), ("stopPrice", o.StopPrice), ("trailingDelta", o.TrailingDelta),
        ("icebergQty", o.IcebergQty), ("newClientOrderId", o.NewClientOrderId));

    private static ContextField<MarketContext> Field(string name) => name switch
    {
        "referencePrice" => ContextField<MarketContext>.Decimal(name, (c, v) => c with { ReferencePrice = v }),
        "averagePrice" => ContextField<MarketContext>.Decimal(name, (c, v) => c with { AveragePrice = v }),
        "lastPrice" => ContextField<MarketContext>.Decimal(name, (c, v) => c with { LastPrice = v }),
        "bestBid" => ContextField<MarketContext>.Decimal(name, (c, v) => c with { BestBid = v }),
        "bestAsk" => ContextField<MarketContext>.Decimal(name, (c, v) => c with { BestAsk = v }),
        "openOrders" => ContextField<MarketContext>.Count(name, (c, v) => c with { OpenOrders = v }),
        "openAlgoOrders" => ContextField<MarketContext>.Count(name, (c, v) => c with { OpenAlgoOrders = v }),
        "openIcebergOrders" => ContextField<MarketContext>.Count(name, (c, v) => c with { OpenIcebergOrders = v }),
        "position" => ContextField<MarketContext>.Decimal(name, (c, v) => c with { Position = v }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a Spot context field."),
    };

    private sealed class Rules(SpotValidationVenue venue, ExchangeRules rules, bool exchangeInfoGiven) : VenueRules(venue, exchangeInfoGiven)
    {
        public override OrderCheck Check(OrderInput input, NormalizeOptions? normalize, DateTimeOffset now, Func<ContextProblem, string> describe)
        {
            var context = ContextField<MarketContext>.Read(Fields, input.Context, Venue, describe);
            var request = OrderRequest.FromParameters(input.Parameters);
            var normalized = normalize is null ? null : OrderNormalizer.Normalize(rules, request, normalize with { ReferencePrice = context.ReferencePrice ?? context.AveragePrice });
            var checkedOrder = normalized?.Order ?? request;
            var validation = OrderValidator.Validate(rules, checkedOrder, context);
            return OrderCheck.From(this, validation.Error, Parameters(checkedOrder), normalized?.Changes, NotCheckedNames(validation.NotChecked));
        }
    }
}
