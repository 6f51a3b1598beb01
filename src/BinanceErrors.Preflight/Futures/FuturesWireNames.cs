namespace BinanceErrors.Preflight.Futures;

/// <summary>Converts futures enums to and from their wire names (exact and case-sensitive, as the exchange reads them).</summary>
public static class FuturesWireNames
{
    private static readonly string[] OrderTypes = ["LIMIT", "MARKET", "STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET"];
    private static readonly string[] TimesInForce = ["GTC", "IOC", "FOK", "GTX", "GTD", "RPI", "GTE_GTC"];
    private static readonly string[] PositionSides = ["BOTH", "LONG", "SHORT"];
    private static readonly string[] ContractTypes = ["", "PERPETUAL", "CURRENT_MONTH", "NEXT_MONTH", "CURRENT_QUARTER", "NEXT_QUARTER", "PERPETUAL_DELIVERING"];
    private static readonly string[] Statuses = ["", "PENDING_TRADING", "TRADING", "PRE_DELIVERING", "DELIVERING", "DELIVERED", "PRE_SETTLE", "SETTLING", "CLOSE"];

    /// <summary>Parses an order type such as <c>STOP_MARKET</c>.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="type">The type when known.</param>
    /// <returns><see langword="true"/> when the name is a futures order type.</returns>
    public static bool TryParse(ReadOnlySpan<char> name, out FuturesOrderType type)
    {
        var index = IndexOf(OrderTypes, name);
        type = (FuturesOrderType)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses a time in force such as <c>GTX</c>.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="timeInForce">The value when known.</param>
    /// <returns><see langword="true"/> when the name is a futures time in force.</returns>
    public static bool TryParse(ReadOnlySpan<char> name, out FuturesTimeInForce timeInForce)
    {
        var index = IndexOf(TimesInForce, name);
        timeInForce = (FuturesTimeInForce)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses a position side: <c>BOTH</c>, <c>LONG</c> or <c>SHORT</c>.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="side">The side when known.</param>
    /// <returns><see langword="true"/> when the name is a position side.</returns>
    public static bool TryParse(ReadOnlySpan<char> name, out PositionSide side)
    {
        var index = IndexOf(PositionSides, name);
        side = (PositionSide)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses a contract type; unknown names give <see cref="ContractType.Unknown"/>.</summary>
    /// <param name="name">The wire name.</param>
    /// <returns>The contract type.</returns>
    public static ContractType ParseContractType(ReadOnlySpan<char> name) => (ContractType)Math.Max(IndexOf(ContractTypes, name), 0);

    /// <summary>Parses a contract status; unknown names give <see cref="ContractStatus.Unknown"/>.</summary>
    /// <param name="name">The wire name.</param>
    /// <returns>The status.</returns>
    public static ContractStatus ParseStatus(ReadOnlySpan<char> name) => (ContractStatus)Math.Max(IndexOf(Statuses, name), 0);

    /// <summary>The wire name, e.g. <c>TAKE_PROFIT_MARKET</c>.</summary>
    /// <param name="type">The order type.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this FuturesOrderType type) => OrderTypes[(int)type];

    /// <summary>The wire name, e.g. <c>GTX</c>.</summary>
    /// <param name="timeInForce">The time in force.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this FuturesTimeInForce timeInForce) => TimesInForce[(int)timeInForce];

    /// <summary>The wire name, e.g. <c>LONG</c>.</summary>
    /// <param name="side">The position side.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this PositionSide side) => PositionSides[(int)side];

    /// <summary>Whether the type is a conditional type that only the Algo Service accepts since 2025-12-09.</summary>
    /// <param name="type">The order type.</param>
    /// <returns><see langword="true"/> for STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET and TRAILING_STOP_MARKET.</returns>
    public static bool IsConditional(this FuturesOrderType type) => type >= FuturesOrderType.Stop;

    private static int IndexOf(string[] names, ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return -1;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
