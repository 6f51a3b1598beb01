namespace BinanceErrors.Preflight;

/// <summary>Converts between <see cref="BinanceOrderType"/> and wire names such as <c>STOP_LOSS_LIMIT</c>.</summary>
public static class OrderTypeNames
{
    private static readonly string[] Names = ["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"];

    /// <summary>Parses a wire name (exact, case-sensitive as on the wire).</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="type">The order type when known.</param>
    /// <returns><see langword="true"/> when the name is a Spot order type.</returns>
    public static bool TryParse(ReadOnlySpan<char> name, out BinanceOrderType type)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                type = (BinanceOrderType)i;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>Parses a wire name; <see langword="null"/> is not a type.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="type">The order type when known.</param>
    /// <returns><see langword="true"/> when the name is a Spot order type.</returns>
    public static bool TryParse(string? name, out BinanceOrderType type)
    {
        if (name is null)
        {
            type = default;
            return false;
        }

        return TryParse(name.AsSpan(), out type);
    }

    /// <summary>The wire name, e.g. <c>LIMIT_MAKER</c>.</summary>
    /// <param name="type">The order type.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this BinanceOrderType type) => Names[(int)type];
}
