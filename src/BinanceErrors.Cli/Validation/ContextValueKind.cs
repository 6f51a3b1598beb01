namespace BinanceErrors.Cli.Validation;

/// <summary>What a market-context field holds.</summary>
internal enum ContextValueKind
{
    /// <summary>A price or quantity: digits with an optional decimal point.</summary>
    Decimal,

    /// <summary>A count of orders: digits only.</summary>
    Count,

    /// <summary>"true" or "false".</summary>
    Boolean,
}
