using System.Globalization;

namespace BinanceErrors;

/// <summary>
/// The one lower-case name of each venue: <c>spot</c>, <c>usdm</c>, <c>coinm</c>, <c>us</c>. It is how a venue is
/// written and read as text everywhere: CLI options and JSON output, MCP arguments, metric tags
/// (<see cref="BinanceTelemetryTags.VenueValue"/>), exception data and messages, and the catalog's file names. The
/// enum's member names (<c>UsdMFutures</c>) are code, not text.
/// </summary>
public static class BinanceVenueNames
{
    private static readonly string[] Names = ["spot", "usdm", "coinm", "us"];

    /// <summary>Every venue's name, in the order of <see cref="BinanceVenue"/>.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(Names);

    /// <summary>The venue's name, e.g. <c>usdm</c>; a value outside the enum is written as its number.</summary>
    /// <param name="venue">The venue.</param>
    /// <returns>The name.</returns>
    public static string Of(BinanceVenue venue) =>
        (uint)venue < (uint)Names.Length ? Names[(int)venue] : ((int)venue).ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a venue's name back; the name must be spelled as <see cref="Of"/> writes it (lower case, no spaces).</summary>
    /// <param name="name">The name, e.g. <c>coinm</c>.</param>
    /// <param name="venue">The venue; <see cref="BinanceVenue.Spot"/> when the name is unknown.</param>
    /// <returns>Whether the text names a venue.</returns>
    public static bool TryParse(string? name, out BinanceVenue venue)
    {
        var index = Array.IndexOf(Names, name);
        venue = (BinanceVenue)Math.Max(index, 0);
        return index >= 0;
    }
}
