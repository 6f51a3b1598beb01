using BinanceErrors.Preflight.Filters;

namespace BinanceErrors.Preflight;

/// <summary>One symbol of exchangeInfo as the exchange describes it (before compilation into <see cref="SymbolRules"/>).</summary>
public sealed record SymbolInfo
{
    /// <summary>The symbol, e.g. <c>BTCUSDT</c>.</summary>
    public required string Symbol { get; init; }

    /// <summary>The trading status.</summary>
    public SymbolStatus Status { get; init; }

    /// <summary>The status as sent, for statuses this version does not know.</summary>
    public string StatusText { get; init; } = string.Empty;

    /// <summary>The base asset, e.g. <c>BTC</c>.</summary>
    public string BaseAsset { get; init; } = string.Empty;

    /// <summary>Decimal places of the base asset.</summary>
    public int BaseAssetPrecision { get; init; }

    /// <summary>The quote asset, e.g. <c>USDT</c>.</summary>
    public string QuoteAsset { get; init; } = string.Empty;

    /// <summary>Decimal places of the quote asset (the legacy <c>quotePrecision</c> field).</summary>
    public int QuotePrecision { get; init; }

    /// <summary>Decimal places of the quote asset.</summary>
    public int QuoteAssetPrecision { get; init; }

    /// <summary>Decimal places of base-asset commissions.</summary>
    public int BaseCommissionPrecision { get; init; }

    /// <summary>Decimal places of quote-asset commissions.</summary>
    public int QuoteCommissionPrecision { get; init; }

    /// <summary>The order types the symbol accepts; unknown names are dropped.</summary>
    public IReadOnlyList<BinanceOrderType> OrderTypes { get; init; } = [];

    /// <summary>Whether icebergQty is allowed.</summary>
    public bool IcebergAllowed { get; init; }

    /// <summary>Whether OCO order lists are allowed.</summary>
    public bool OcoAllowed { get; init; }

    /// <summary>Whether OTO order lists are allowed.</summary>
    public bool OtoAllowed { get; init; }

    /// <summary>Whether OPO order lists are allowed.</summary>
    public bool OpoAllowed { get; init; }

    /// <summary>Whether MARKET orders by quoteOrderQty are allowed.</summary>
    public bool QuoteOrderQtyMarketAllowed { get; init; }

    /// <summary>Whether trailingDelta is allowed.</summary>
    public bool AllowTrailingStop { get; init; }

    /// <summary>Whether cancel-replace is allowed.</summary>
    public bool CancelReplaceAllowed { get; init; }

    /// <summary>Whether amend keep-priority is allowed.</summary>
    public bool AmendAllowed { get; init; }

    /// <summary>Whether pegged orders are allowed.</summary>
    public bool PegInstructionsAllowed { get; init; }

    /// <summary>Whether spot trading is allowed.</summary>
    public bool IsSpotTradingAllowed { get; init; }

    /// <summary>Whether margin trading is allowed.</summary>
    public bool IsMarginTradingAllowed { get; init; }

    /// <summary>Every filter, in the order sent; unknown types are kept as <see cref="UnknownFilter"/>.</summary>
    public IReadOnlyList<SymbolFilter> Filters { get; init; } = [];

    /// <summary>Permission sets: the account needs every permission of at least one inner list.</summary>
    public IReadOnlyList<IReadOnlyList<string>> PermissionSets { get; init; } = [];

    /// <summary>The default self-trade prevention mode.</summary>
    public string? DefaultSelfTradePreventionMode { get; init; }

    /// <summary>The allowed self-trade prevention modes.</summary>
    public IReadOnlyList<string> AllowedSelfTradePreventionModes { get; init; } = [];
}
