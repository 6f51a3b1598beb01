namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// What a futures venue folder tells the shared futures engine and API: its catalog, its pre-flight, its leverage
/// brackets and the few codes where USDⓈ-M and COIN-M answer differently. Everything else is the same rule written once.
/// </summary>
internal sealed record FuturesVenueSetup
{
    /// <summary>The venue whose catalog words every answer.</summary>
    public required BinanceVenue Venue { get; init; }

    /// <summary>The REST path prefix, <c>/fapi</c> or <c>/dapi</c>.</summary>
    public required string PathPrefix { get; init; }

    /// <summary>The pre-flight every order passes first.</summary>
    public required FuturesOrderCheck Validate { get; init; }

    /// <summary>The leverage brackets.</summary>
    public required FuturesLeverageBrackets Brackets { get; init; }

    /// <summary>The matching engine's recvWindow rejection (USDⓈ-M -5028, COIN-M -4188).</summary>
    public required int EngineRecvWindowCode { get; init; }

    /// <summary>A client order id already used by an open order (USDⓈ-M -4116; COIN-M, whose list has no such code, -2010).</summary>
    public required int DuplicateClientOrderIdCode { get; init; }

    /// <summary>A post-only order that would take (USDⓈ-M -5022); <see langword="null"/>: accepted and EXPIRED, as COIN-M does.</summary>
    public int? PostOnlyRejectCode { get; init; }

    /// <summary>A fill-or-kill order that cannot fill (USDⓈ-M -5021); <see langword="null"/>: accepted and EXPIRED, as COIN-M does.</summary>
    public int? FillOrKillRejectCode { get; init; }

    /// <summary>A <c>priceMatch</c> order with no book level to take its price from (USDⓈ-M -5041; COIN-M, whose list has no such code, -1112).</summary>
    public required int PriceMatchNoDepthCode { get; init; }

    /// <summary>Lowering the leverage of an isolated position (USDⓈ-M -4161, COIN-M -4150).</summary>
    public required int IsolatedLeverageWithPositionCode { get; init; }

    /// <summary>An amendment of an order that is not LIMIT (USDⓈ-M -5025, COIN-M -4196 "Only limit order is supported.").</summary>
    public required int LimitOrderOnlyCode { get; init; }

    /// <summary>An amendment that changes nothing (USDⓈ-M -5027, COIN-M -4197 "No need to modify the order.").</summary>
    public required int SameOrderCode { get; init; }

    /// <summary>An order amended 10,000 times already (USDⓈ-M -5026, COIN-M -4198 "Exceed maximum modify order limit.").</summary>
    public required int ExceedModifyLimitCode { get; init; }

    /// <summary>An amendment below MIN_NOTIONAL (USDⓈ-M -5029); <see langword="null"/>: the pre-flight's own code (COIN-M, whose list has none).</summary>
    public int? ModificationMinNotionalCode { get; init; }
}
