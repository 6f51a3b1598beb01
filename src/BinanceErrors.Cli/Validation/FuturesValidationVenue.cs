using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Cli.Validation;

/// <summary>
/// The futures venues, USDⓈ-M and COIN-M: the venue's exchangeInfo (a document of the other futures venue is refused in
/// one sentence), <see cref="FuturesOrderValidator"/> and <see cref="FuturesOrderNormalizer"/>, and, where the venue has
/// one, the algo-order endpoint: a request with <c>algoType</c> is an <c>/fapi/v1/algoOrder</c> request on USDⓈ-M
/// (conditional orders since the Algo Service migration of 2025-12-09).
/// </summary>
internal sealed class FuturesValidationVenue : ValidationVenue
{
    /// <summary>The context fields a futures order can be checked against (the same on both futures venues), as the tools document them.</summary>
    public const string ContextFieldNames = "markPrice, lastPrice, bestBid, bestAsk, dualSidePosition, openOrders, openAlgoOrders, accountOpenAlgoOrders";

    /// <summary>USDⓈ-M: /fapi; conditional orders are /fapi/v1/algoOrder requests since 2025-12-09.</summary>
    public static readonly FuturesValidationVenue UsdM = new(BinanceVenue.UsdMFutures, "USDⓈ-M", "GET /fapi/v1/exchangeInfo", "BinanceErrors.Cli.usdm-default.json", "/fapi/v1/algoOrder");

    /// <summary>COIN-M: /dapi; quantities in contracts; conditional orders still go to /dapi/v1/order.</summary>
    public static readonly FuturesValidationVenue CoinM = new(BinanceVenue.CoinMFutures, "COIN-M", "GET /dapi/v1/exchangeInfo", "BinanceErrors.Cli.coinm-default.json", algoOrderEndpoint: null);

    private static readonly ContextField<FuturesMarketContext>[] Fields = [.. ContextFieldNames.Split(", ").Select(Field)];

    private FuturesValidationVenue(BinanceVenue venue, string displayName, string exchangeInfoEndpoint, string sampleResource, string? algoOrderEndpoint)
        : base(venue, displayName, exchangeInfoEndpoint, sampleResource) => AlgoOrderEndpoint = algoOrderEndpoint;

    /// <summary>The endpoint of conditional orders sent apart (<c>algoType</c>), or null when the venue places them with the ordinary order endpoint.</summary>
    public string? AlgoOrderEndpoint { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> ContextFields { get; } = ContextFieldNames.Split(", ");

    /// <inheritdoc/>
    public override string ValidSentence => $"VALID: {DisplayName} would accept this order.";

    /// <summary>The sentence for a request with <c>algoType</c> on a venue without an algo-order endpoint.</summary>
    public string NoAlgoEndpoint =>
        $"{DisplayName} has no algo-order endpoint: send conditional orders (STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET) as ordinary orders with stopPrice, without algoType.";

    /// <summary>The wire-style names of futures rules that were not checked, e.g. <c>POSITION_MODE</c>.</summary>
    internal static IEnumerable<string> NotCheckedNames(FuturesPreflightChecks checks) => FlagNames(checks, flag => flag switch
    {
        FuturesPreflightChecks.PercentPrice => "PERCENT_PRICE",
        FuturesPreflightChecks.MarketPercentPrice => "MARKET_PERCENT_PRICE",
        FuturesPreflightChecks.MinNotional => "MIN_NOTIONAL",
        FuturesPreflightChecks.MaxNumOrders => "MAX_NUM_ORDERS",
        FuturesPreflightChecks.MaxNumAlgoOrders => "MAX_NUM_ALGO_ORDERS",
        FuturesPreflightChecks.AccountAlgoOrders => "ACCOUNT_ALGO_ORDERS",
        FuturesPreflightChecks.PositionMode => "POSITION_MODE",
        FuturesPreflightChecks.TriggerDirection => "TRIGGER_DIRECTION",
        FuturesPreflightChecks.Delivery => "DELIVERY",
        _ => "GOOD_TILL_DATE",
    });

    /// <summary>Compiles a document of this venue; one of the other futures venue is refused with a sentence saying which it is.</summary>
    /// <exception cref="ExchangeInfoFormatException">The text is not a futures exchangeInfo, or it is the other futures venue's.</exception>
    private protected override VenueRules Compile(string json, bool exchangeInfoGiven)
    {
        var info = FuturesExchangeInfo.Parse(json);
        if (info.Venue != Venue)
        {
            var other = For(info.Venue);
            throw new ExchangeInfoFormatException(
                $"This is a {other.DisplayName} exchangeInfo ({other.ExchangeInfoEndpoint}), not {DisplayName} ({ExchangeInfoEndpoint}); use venue '{other.Name}' for it.")
            {
                DocumentVenue = info.Venue,
            };
        }

        return new Rules(this, FuturesExchangeRules.Compile(info), exchangeInfoGiven);
    }

    /// <summary>An order's parameters with Binance names, as checked (after normalization when asked).</summary>
    private static IEnumerable<(string Name, string Value)> Parameters(FuturesOrderRequest o) => Present(
        ("symbol", o.Symbol), ("side", o.Side), ("positionSide", o.PositionSide), ("type", o.Type), ("timeInForce", o.TimeInForce),
        ("quantity", o.Quantity), ("reduceOnly", o.ReduceOnly), ("price", o.Price), ("newClientOrderId", o.NewClientOrderId),
        ("stopPrice", o.StopPrice), ("closePosition", o.ClosePosition), ("activationPrice", o.ActivationPrice), ("callbackRate", o.CallbackRate),
        ("workingType", o.WorkingType), ("priceMatch", o.PriceMatch), ("goodTillDate", o.GoodTillDate));

    /// <summary>An algo order's parameters with Binance names, as checked (after normalization when asked).</summary>
    private static IEnumerable<(string Name, string Value)> AlgoParameters(FuturesAlgoOrderRequest o) => Present(
        ("algoType", o.AlgoType), ("symbol", o.Symbol), ("side", o.Side), ("positionSide", o.PositionSide), ("type", o.Type),
        ("timeInForce", o.TimeInForce), ("quantity", o.Quantity), ("price", o.Price), ("triggerPrice", o.TriggerPrice),
        ("reduceOnly", o.ReduceOnly), ("closePosition", o.ClosePosition), ("activatePrice", o.ActivatePrice), ("callbackRate", o.CallbackRate),
        ("clientAlgoId", o.ClientAlgoId), ("workingType", o.WorkingType), ("goodTillDate", o.GoodTillDate));

    private static ContextField<FuturesMarketContext> Field(string name) => name switch
    {
        "markPrice" => ContextField<FuturesMarketContext>.Decimal(name, (c, v) => c with { MarkPrice = v }),
        "lastPrice" => ContextField<FuturesMarketContext>.Decimal(name, (c, v) => c with { LastPrice = v }),
        "bestBid" => ContextField<FuturesMarketContext>.Decimal(name, (c, v) => c with { BestBid = v }),
        "bestAsk" => ContextField<FuturesMarketContext>.Decimal(name, (c, v) => c with { BestAsk = v }),
        "dualSidePosition" => ContextField<FuturesMarketContext>.Boolean(name, (c, v) => c with { DualSidePosition = v }, "true (hedge mode) or false (one-way mode)"),
        "openOrders" => ContextField<FuturesMarketContext>.Count(name, (c, v) => c with { OpenOrders = v }),
        "openAlgoOrders" => ContextField<FuturesMarketContext>.Count(name, (c, v) => c with { OpenAlgoOrders = v }),
        "accountOpenAlgoOrders" => ContextField<FuturesMarketContext>.Count(name, (c, v) => c with { AccountOpenAlgoOrders = v }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a futures context field."),
    };

    private sealed class Rules(FuturesValidationVenue venue, FuturesExchangeRules rules, bool exchangeInfoGiven) : VenueRules(venue, exchangeInfoGiven)
    {
        public override OrderCheck Check(OrderInput input, NormalizeOptions? normalize, DateTimeOffset now, Func<ContextProblem, string> describe)
        {
            // goodTillDate and delivery are checked against the clock the exchange will compare them with: now.
            var context = ContextField<FuturesMarketContext>.Read(Fields, input.Context, Venue, describe) with { Now = now };
            var options = normalize is null ? null : normalize with { ReferencePrice = context.MarkPrice };
            if (input.Parameters.Any(p => p.Key == "algoType"))
            {
                if (venue.AlgoOrderEndpoint is null)
                {
                    throw new CliUsageException(venue.NoAlgoEndpoint);
                }

                var algo = FuturesAlgoOrderRequest.FromParameters(input.Parameters);
                var normalizedAlgo = options is null ? null : FuturesOrderNormalizer.NormalizeAlgo(rules, algo, options);
                var checkedAlgo = normalizedAlgo?.Order ?? algo;
                var algoValidation = FuturesOrderValidator.ValidateAlgo(rules, checkedAlgo, context);
                return OrderCheck.From(this, algoValidation.Error, AlgoParameters(checkedAlgo), normalizedAlgo?.Changes, NotCheckedNames(algoValidation.NotChecked));
            }

            var request = FuturesOrderRequest.FromParameters(input.Parameters);
            var normalized = options is null ? null : FuturesOrderNormalizer.Normalize(rules, request, options);
            var checkedOrder = normalized?.Order ?? request;
            var validation = FuturesOrderValidator.Validate(rules, checkedOrder, context);
            return OrderCheck.From(this, validation.Error, Parameters(checkedOrder), normalized?.Changes, NotCheckedNames(validation.NotChecked));
        }
    }
}
