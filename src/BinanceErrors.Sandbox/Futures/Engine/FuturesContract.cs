namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// How a contract turns quantities and prices into money, the one place where USDⓈ-M and COIN-M differ in arithmetic.
/// Linear (USDⓈ-M): a quantity of the base asset, valued quantity × price in the quote asset (USDT). Inverse (COIN-M):
/// a number of contracts worth <see cref="ContractSize"/> USD each, valued contracts × contractSize / price in the
/// margin coin (BTC for BTCUSD_PERP), so profit is contracts × contractSize × (1/entry − 1/exit). Margin, commission,
/// profit, average and break-even prices all go through these few formulas.
/// </summary>
/// <param name="Inverse">Whether the contract is inverse (COIN-M).</param>
/// <param name="ContractSize">USD per contract for an inverse contract; 1 for a linear one.</param>
internal readonly record struct FuturesContract(bool Inverse, decimal ContractSize)
{
    /// <summary>A linear (USDⓈ-M) contract.</summary>
    public static FuturesContract Linear => new(false, 1m);

    /// <summary>An inverse (COIN-M) contract of <paramref name="contractSize"/> USD.</summary>
    public static FuturesContract InverseOf(decimal contractSize) => contractSize > 0
        ? new(true, contractSize)
        : throw new ArgumentOutOfRangeException(nameof(contractSize), contractSize, "A COIN-M contract is worth more than 0 USD.");

    /// <summary>What <paramref name="quantity"/> is worth at <paramref name="price"/> in the margin asset (notional, cumQuote or cumBase).</summary>
    public decimal Value(decimal quantity, decimal price) => Inverse
        ? (price == 0 ? 0m : quantity * ContractSize / price)
        : quantity * price;

    /// <summary>The profit of a position of <paramref name="amount"/> (signed) opened at <paramref name="entry"/> and valued at <paramref name="exit"/>.</summary>
    public decimal Profit(decimal amount, decimal entry, decimal exit) => Inverse
        ? (entry == 0 || exit == 0 ? 0m : amount * ContractSize * ((1m / entry) - (1m / exit)))
        : amount * (exit - entry);

    /// <summary>The average price of fills of <paramref name="quantity"/> worth <paramref name="value"/> in all (an arithmetic mean for linear, a harmonic one for inverse contracts).</summary>
    public decimal AveragePrice(decimal quantity, decimal value)
    {
        if (quantity == 0 || value == 0)
        {
            return 0m;
        }

        return Inverse ? quantity * ContractSize / value : value / quantity;
    }

    /// <summary>The price at which closing a position of <paramref name="amount"/> from <paramref name="entry"/> earns back <paramref name="commission"/>.</summary>
    public decimal BreakEvenPrice(decimal amount, decimal entry, decimal commission)
    {
        if (amount == 0 || entry == 0)
        {
            return 0m;
        }

        if (!Inverse)
        {
            return entry + (Math.Sign(amount) * commission / Math.Abs(amount));
        }

        var inverse = (1m / entry) - (commission / (amount * ContractSize));
        return inverse <= 0 ? 0m : 1m / inverse;
    }

    /// <summary>The quantity worth about <paramref name="usd"/> at <paramref name="price"/> (house liquidity per level).</summary>
    public decimal QuantityFor(decimal usd, decimal price) => Inverse ? usd / ContractSize : usd / price;
}
