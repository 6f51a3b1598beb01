using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Internal;

/// <summary>The normalizers' shared handling of values as text (Spot and futures): read, write back unchanged when equal, note a change.</summary>
internal static class NormalizeText
{
    /// <summary>The value of a decimal parameter, or <see langword="null"/> when absent or not a number.</summary>
    public static decimal? Read(string? text) => text is not null && DecimalText.TryParse(text, out var value, out _) ? value : null;

    /// <summary>The parameter to send: a value that did not change is left exactly as the caller wrote it (trailing zeros included).</summary>
    public static string? Write(string? original, decimal? value) =>
        value is { } v && (original is null || Read(original) != v) ? DecimalText.Format(v) : original;

    /// <summary>Records a change when the value moved.</summary>
    public static void Note(List<OrderChange> changes, string parameter, decimal from, decimal to, string reason)
    {
        if (from != to)
        {
            changes.Add(new OrderChange(parameter, DecimalText.Format(from), DecimalText.Format(to), reason));
        }
    }

    /// <summary>A rounding direction in words, for a change's reason.</summary>
    public static string Describe(RoundingDirection direction) => direction switch
    {
        RoundingDirection.Up => "up",
        RoundingDirection.Nearest => "to nearest",
        _ => "down",
    };
}
